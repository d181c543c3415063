package vn.pakn.statistics;

import static vn.pakn.statistics.Spreadsheet.Kind.COUNT;
import static vn.pakn.statistics.Spreadsheet.Kind.DATE_TIME;
import static vn.pakn.statistics.Spreadsheet.Kind.TEXT;

import java.util.List;
import vn.pakn.statistics.Spreadsheet.Column;

/** The list report's columns in the file (the manual's Danh sách) and a row's cells. */
final class ListSheet {

    static final List<Column> COLUMNS = List.of(new Column("STT", COUNT, 8), new Column("Mã phản ánh", TEXT, 16),
            new Column("Người phản ánh", TEXT, 24), new Column("Số điện thoại", TEXT, 14),
            new Column("Đơn vị bị phản ánh", TEXT, 30), new Column("Tiêu đề", TEXT, 50),
            new Column("Địa điểm", TEXT, 30), new Column("Ngày tạo phản ánh", DATE_TIME, 17),
            new Column("Chuyên mục", TEXT, 22), new Column("Hình thức tiếp nhận", TEXT, 20),
            new Column("Định danh", TEXT, 12), new Column("Trạng thái", TEXT, 14),
            new Column("Đơn vị xử lý", TEXT, 30), new Column("Hạn xử lý", DATE_TIME, 17),
            new Column("Tiến độ", TEXT, 14), new Column("Ngày hoàn thành", DATE_TIME, 17),
            new Column("Đánh giá", TEXT, 16));

    private ListSheet() {
    }

    /** The cells of a row; STT is filled in by the caller's counter. */
    static Object[] values(ListRow r) {
        return new Object[] {null, r.code(), r.reporterName(), r.reporterPhone(), r.reportedUnitName(), r.title(),
            r.locationText(), r.reportedAt(), r.categoryName(), r.channelName(),
            r.identityDisclosed() ? "Có" : "Không", r.statusLabel(), r.mainUnitName(), r.deadline(),
            r.progressLabel(), r.completedAt(), r.ratingLabel()};
    }
}
