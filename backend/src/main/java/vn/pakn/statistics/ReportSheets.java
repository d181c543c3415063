package vn.pakn.statistics;

import static vn.pakn.statistics.Spreadsheet.Kind.COUNT;
import static vn.pakn.statistics.Spreadsheet.Kind.DATE;
import static vn.pakn.statistics.Spreadsheet.Kind.PERCENT;
import static vn.pakn.statistics.Spreadsheet.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import vn.pakn.statistics.Spreadsheet.Column;
import vn.pakn.statistics.Spreadsheet.RowSource;

/** The tables of the four counting reports as they are shown, for the Excel file. */
final class ReportSheets {

    /** A sheet's columns and rows. */
    record Table(List<Column> columns, RowSource rows) {
    }

    private static final Column UNIT = new Column("Đơn vị", TEXT, 40);
    private static final Column TOTAL = new Column("Tổng", COUNT, 10);

    private ReportSheets() {
    }

    static Table status(StatusReport report) {
        List<Column> columns = new ArrayList<>(List.of(new Column("Hình thức tiếp nhận", TEXT, 28), TOTAL));
        report.byStatus().forEach(s -> columns.add(new Column(s.label(), COUNT, 14)));
        columns.add(new Column("Tuần từ ngày", DATE, 14));
        columns.add(new Column("Số phản ánh trong tuần", COUNT, 14));
        int channels = report.byChannel().size();
        // below the channels and their totals: a blank row, the heading of the per-unit block, one row per unit
        int unitsFrom = channels + 4;
        return new Table(columns, sink -> {
            int rows = Math.max(unitsFrom + report.byUnit().size(), report.byWeek().size());
            for (int i = 0; i < rows; i++) {
                Object[] cells = new Object[columns.size()];
                if (i < channels) {
                    StatusReport.ChannelStatuses channel = report.byChannel().get(i);
                    statusCells(cells, channel.channelName(), channel.total(), channel.counts());
                } else if (i == channels) {
                    cells[0] = StatisticsService.ALL_UNITS;
                    cells[1] = report.total();
                    for (int k = 0; k < report.byStatus().size(); k++) {
                        cells[2 + k] = report.byStatus().get(k).count();
                    }
                } else if (i == channels + 1) {
                    cells[0] = "Tỷ lệ (%)";
                    for (int k = 0; k < report.byStatus().size(); k++) {
                        cells[2 + k] = report.byStatus().get(k).percent();
                    }
                } else if (i == unitsFrom - 1) {
                    cells[0] = "Theo đơn vị xử lý";
                } else if (i >= unitsFrom && i < unitsFrom + report.byUnit().size()) {
                    StatusReport.UnitStatuses unit = report.byUnit().get(i - unitsFrom);
                    statusCells(cells, unit.unitName(), unit.total(), unit.counts());
                }
                if (i < report.byWeek().size()) {
                    cells[columns.size() - 2] = report.byWeek().get(i).weekStart();
                    cells[columns.size() - 1] = report.byWeek().get(i).count();
                }
                sink.row(cells);
            }
        });
    }

    private static void statusCells(Object[] cells, String name, long total, List<StatusReport.StatusCount> counts) {
        cells[0] = name;
        cells[1] = total;
        for (int k = 0; k < counts.size(); k++) {
            cells[2 + k] = counts.get(k).count();
        }
    }

    static Table identity(IdentityReport report) {
        List<Column> columns = List.of(UNIT, TOTAL, new Column("Định danh", COUNT, 12),
                new Column("Ẩn danh", COUNT, 12), new Column("Tỷ lệ định danh (%)", PERCENT, 12),
                new Column("Tỷ lệ ẩn danh (%)", PERCENT, 12));
        return new Table(columns, sink -> {
            for (IdentityRow r : withTotals(report.rows(), report.totals())) {
                sink.row(r.unitName(), r.total(), r.disclosed(), r.anonymous(), r.disclosedPercent(),
                        r.anonymousPercent());
            }
        });
    }

    static Table rating(RatingReport report) {
        List<Column> columns = List.of(UNIT, TOTAL, new Column("Hài lòng", COUNT, 12),
                new Column("Bình thường", COUNT, 12), new Column("Không hài lòng", COUNT, 12),
                new Column("Hài lòng (%)", PERCENT, 12), new Column("Bình thường (%)", PERCENT, 12),
                new Column("Không hài lòng (%)", PERCENT, 12));
        return new Table(columns, sink -> {
            for (RatingRow r : withTotals(report.rows(), report.totals())) {
                sink.row(r.unitName(), r.total(), r.satisfied(), r.neutral(), r.dissatisfied(), r.satisfiedPercent(),
                        r.neutralPercent(), r.dissatisfiedPercent());
            }
        });
    }

    static Table progress(ProgressReport report) {
        List<Column> columns = List.of(UNIT, TOTAL, new Column("Đúng hạn", COUNT, 12),
                new Column("Trễ hạn", COUNT, 12), new Column("Đúng hạn nhờ hẹn xử lý", COUNT, 14),
                new Column("Đúng hạn (%)", PERCENT, 12), new Column("Trễ hạn (%)", PERCENT, 12),
                new Column("Hẹn xử lý (%)", PERCENT, 12));
        return new Table(columns, sink -> {
            for (ProgressRow r : withTotals(report.rows(), report.totals())) {
                sink.row(r.unitName(), r.total(), r.onTime(), r.late(), r.extended(), r.onTimePercent(),
                        r.latePercent(), r.extendedPercent());
            }
        });
    }

    private static <R> List<R> withTotals(List<R> rows, R totals) {
        List<R> all = new ArrayList<>(rows);
        all.add(totals);
        return all;
    }
}
