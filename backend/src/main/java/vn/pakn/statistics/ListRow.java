package vn.pakn.statistics;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the list report (Danh sách), the manual's columns. Reporter name and phone are null when the reporter
 * did not agree to disclosure and the caller's role may not see them.
 */
public record ListRow(long id, String code, @Schema(nullable = true) String reporterName,
        @Schema(nullable = true) String reporterPhone, @Schema(nullable = true) String reportedUnitName, String title,
        @Schema(nullable = true) String locationText, Instant reportedAt, String categoryName, String channelName,
        boolean identityDisclosed, String status, String statusLabel, @Schema(nullable = true) String mainUnitName,
        @Schema(nullable = true) Instant deadline, @Schema(nullable = true) String progress,
        @Schema(nullable = true) String progressLabel, @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true) String rating, @Schema(nullable = true) String ratingLabel) {
}
