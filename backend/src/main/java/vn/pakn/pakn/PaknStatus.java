package vn.pakn.pakn;

/** Trạng thái of a PAKN; the label is what the UI and the history show. */
public enum PaknStatus {
    AWAITING_RECEPTION("Chờ tiếp nhận"),
    WAITING("Chờ xử lý"),
    IN_PROGRESS("Đang xử lý"),
    APPOINTED("Hẹn xử lý"),
    COMPLETED("Hoàn thành");

    private final String label;

    PaknStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
