package vn.pakn.workflow.history;

/** The fields a history row can name (Trường), with the label the manual shows. */
public enum HistoryField {
    PROCESS("Quy trình"),
    STATUS("Trạng thái"),
    STEP("Bước"),
    MAIN_UNIT("Đơn vị xử lý"),
    COORDINATING_UNITS("Đơn vị phối hợp"),
    HANDLER("Người xử lý"),
    DEADLINE("Hạn xử lý"),
    PROGRESS("Tiến độ"),
    RETURN_REASON("Lý do chuyển trả"),
    TITLE("Tiêu đề"),
    CONTENT("Nội dung"),
    CATEGORY("Chuyên mục"),
    CHANNEL("Hình thức tiếp nhận"),
    REQUEST_TYPE("Loại yêu cầu"),
    OCCURRED_AT("Thời gian xảy ra"),
    REPORTED_AT("Ngày phản ánh"),
    LOCATION("Địa điểm phản ánh"),
    AREA("Địa bàn"),
    COORDINATES("Tọa độ"),
    REPORTER_NAME("Người gửi", true),
    REPORTER_PHONE("Số điện thoại", true),
    REPORTER_ID_NUMBER("CMND/CCCD", true),
    REPORTER_KIND("Đối tượng"),
    REPORTER_ADDRESS("Địa chỉ", true),
    REPORTER_EMAIL("Email", true),
    IDENTITY_DISCLOSED("Định danh"),
    PUBLIC("Công khai"),
    REPORTED_UNIT("Đơn vị bị phản ánh"),
    RESULT_UNIT("Đơn vị trả lời"),
    RESULT_CONTENT("Nội dung kết quả"),
    RESULT_PUBLIC("Công khai kết quả"),
    RESULT_APPROVED("Phê duyệt kết quả"),
    RATING("Đánh giá"),
    ATTACHMENT("Tập tin đính kèm");

    private final String label;
    private final boolean identifiesReporter;

    HistoryField(String label) {
        this(label, false);
    }

    HistoryField(String label, boolean identifiesReporter) {
        this.label = label;
        this.identifiesReporter = identifiesReporter;
    }

    public String label() {
        return label;
    }

    /** Who the reporter is: hidden, like the detail's reporter panel, from those who may not know it. */
    public boolean identifiesReporter() {
        return identifiesReporter;
    }
}
