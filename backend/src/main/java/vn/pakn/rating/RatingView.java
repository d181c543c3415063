package vn.pakn.rating;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rating as recorded. */
public record RatingView(String code, String rating, String ratingLabel, @Schema(nullable = true) String comment,
        Instant ratedAt) {
}
