package vn.pakn.statistics;

import java.time.LocalDate;

/**
 * The filters of every report, resolved: the period (inclusive days in the province's time zone) and the optional
 * processing unit, category and channel. A unit-bound officer's {@code unitId} is always their own unit.
 */
public record ReportFilter(LocalDate from, LocalDate to, Long unitId, Long categoryId, Long channelId) {

    /** Category or channel: the dimensions only the finest rollup keeps. */
    boolean needsFinestCuboid() {
        return categoryId != null || channelId != null;
    }
}
