package vn.pakn.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One unit's line of the progress report: {@code total} = onTime + late + extended, the items closed or already
 * late; {@code extended}: closed on time only thanks to an approved appointment (Hẹn xử lý).
 */
public record ProgressRow(@Schema(nullable = true) Long unitId, String unitName, long total, long onTime, long late,
        long extended, double onTimePercent, double latePercent, double extendedPercent) {
}
