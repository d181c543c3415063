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
    REPORTER_NAME("Người gửi"),
    REPORTER_PHONE("Số điện thoại"),
    REPORTER_ID_NUMBER("CMND/CCCD"),
    REPORTER_KIND("Đối tượng"),
    REPORTER_ADDRESS("Địa chỉ"),
    REPORTER_EMAIL("Email"),
    IDENTITY_DISCLOSED("Định danh"),
    PUBLIC("Công khai"),
    REPORTED_UNIT("Đơn vị bị phản ánh"),
    RESULT_UNIT("Đơn vị trả lời"),
    RESULT_CONTENT("Nội dung kết quả"),
    RESULT_PUBLIC("Công khai kết quả"),
    RESULT_APPROVED("Phê duyệt kết quả"),
    RATING("Đánh giá");

    private final String label;

    HistoryField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
