package vn.pakn.statistics;

import java.util.List;

/** Đánh giá: the citizens' ratings of completed items, per processing unit. */
public record RatingReport(RatingRow totals, List<RatingRow> rows) {
}
