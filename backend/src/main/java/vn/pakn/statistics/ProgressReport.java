package vn.pakn.statistics;

import java.util.List;

/** Tiến độ: items closed on time, late (or already overdue), and on time thanks to an approved appointment. */
public record ProgressReport(ProgressRow totals, List<ProgressRow> rows) {
}
