package vn.pakn.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One unit's line of the rating report; {@code total} counts rated items only. */
public record RatingRow(@Schema(nullable = true) Long unitId, String unitName, long total, long satisfied,
        long neutral, long dissatisfied, double satisfiedPercent, double neutralPercent, double dissatisfiedPercent) {
}
