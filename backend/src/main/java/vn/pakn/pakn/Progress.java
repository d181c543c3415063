package vn.pakn.pakn;

/** Tiến độ: against the deadline while open, and how it ended once closed. */
public enum Progress {
    NOT_DUE("Chưa đến hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Trễ hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Trễ hạn");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
