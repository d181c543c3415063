package vn.pakn.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One unit's line of the identity report ({@code unitId} null: the totals, or items not routed yet). */
public record IdentityRow(@Schema(nullable = true) Long unitId, String unitName, long total, long disclosed,
        long anonymous, double disclosedPercent, double anonymousPercent) {
}
