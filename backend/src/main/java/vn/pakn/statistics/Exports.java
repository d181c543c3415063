package vn.pakn.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.common.config.PaknConfig;

/**
 * The Excel files of the reports, streamed to the client (chunked, no Content-Length). Writing happens on the
 * request's worker thread; the list reads its rows through a cursor while the file is written.
 */
@ApplicationScoped
public class Exports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ListExport list;
    private final Clock clock;
    private final ZoneId zone;

    Exports(ListExport list, Clock clock, PaknConfig config) {
        this.list = list;
        this.clock = clock;
        this.zone = config.zone();
    }

    Response table(String report, String title, ReportFilter filter, ReportSheets.Table table) {
        return file(report, title, filter, List.of(), table.columns(), table.rows());
    }

    Response list(ListQuery query, boolean seesHiddenReporters) {
        List<String> extra = new ArrayList<>();
        extra.add("Trạng thái: " + (query.status() == null ? "Tất cả" : query.status().label()));
        extra.add("Tiến độ: " + (query.progress() == null ? "Tất cả" : query.progress().label()));
        return file("list", "Danh sách phản ánh", query.filter(), extra, ListSheet.COLUMNS, sink -> {
            long[] number = {0};
            list.rows(query, seesHiddenReporters, values -> {
                values[0] = ++number[0];
                sink.row(values);
            });
        });
    }

    private Response file(String report, String title, ReportFilter filter, List<String> extraLines,
            List<Spreadsheet.Column> columns, Spreadsheet.RowSource rows) {
        ZonedDateTime now = clock.instant().atZone(zone);
        StreamingOutput body = out -> {
            try {
                List<String> lines = headLines(filter, now);
                lines.addAll(lines.size() - 1, extraLines);
                Spreadsheet.write(out, title, lines, columns, rows, zone);
            } catch (SQLException e) {
                throw new IOException(e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"thong-ke-" + report + "-"
                + FILE_TIME.format(now) + ".xlsx\"").build();
    }

    private List<String> headLines(ReportFilter filter, ZonedDateTime now) throws SQLException {
        List<String> names = list.names(filter);
        List<String> lines = new ArrayList<>();
        lines.add("Thời gian: từ ngày " + DAY.format(filter.from()) + " đến ngày " + DAY.format(filter.to()));
        lines.add("Đơn vị xử lý: " + orAll(names.get(0)));
        lines.add("Chuyên mục: " + orAll(names.get(1)));
        lines.add("Hình thức tiếp nhận: " + orAll(names.get(2)));
        lines.add("Thời điểm xuất: " + MINUTE.format(now));
        return lines;
    }

    private static String orAll(String name) {
        return name == null ? "Tất cả" : name;
    }
}
