package vn.pakn.pakn;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The detail page of a PAKN. {@code reporter} fields are null and {@code reporter.hidden} true when the reporter
 * did not agree to disclosure and the caller's role does not need them.
 */
public record PaknDetail(long id, String code, String title, String content, Ref category, Ref channel,
        String requestType, Instant occurredAt, Instant reportedAt, String locationText, String area, Double latitude,
        Double longitude, Reporter reporter, boolean identityDisclosed, boolean published, Ref reportedUnit,
        Ref process, StepRef step, String status, String statusLabel, Ref mainUnit, List<CoordinatingUnit> coordinatingUnits,
        Handler handler, String returnReason, Instant deadline, String progress, Result result, long version,
        Instant createdAt, Instant updatedAt, @Schema(nullable = true) String rating,
        @Schema(nullable = true) String ratingLabel, @Schema(nullable = true) String ratingComment,
        @Schema(nullable = true) Instant ratedAt) {

    public record Ref(long id, String name) {
    }

    /**
     * A coordinating unit, its own deadline (inside the main unit's; null when the item has none) and when it gave
     * its opinion (null: it still owes one).
     */
    public record CoordinatingUnit(long id, String name, @Schema(nullable = true) Instant deadline,
            @Schema(nullable = true) Instant answeredAt) {
    }

    public record StepRef(long id, String code, String name, String kind) {
    }

    public record Reporter(@Schema(nullable = true) String name, @Schema(nullable = true) String phone, @Schema(nullable = true) String idNumber, @Schema(nullable = true) String kind,
            @Schema(nullable = true) String address, @Schema(nullable = true) String email, boolean hidden) {
    }

    public record Handler(long id, String name, String position, Long unitId) {
    }

    public record Result(Ref unit, String content, boolean published, boolean approved, Ref approvedBy,
            Instant approvedAt) {
    }
}
