package vn.pakn.workflow;

/** Why a unit sends an item back to the operator (Nhân viên trực). */
public enum ReturnReason {
    WRONG_JURISDICTION("Không thuộc thẩm quyền"),
    DUPLICATE("Trùng lặp"),
    IS_COMPLAINT("Là khiếu nại"),
    INSUFFICIENT_INFORMATION("Thiếu thông tin"),
    OTHER("Lý do khác");

    private final String label;

    ReturnReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
