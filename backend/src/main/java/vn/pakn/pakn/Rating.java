package vn.pakn.pakn;

/** Đánh giá: how satisfied the citizen is with the result of a completed PAKN. */
public enum Rating {
    SATISFIED("Hài lòng"),
    NEUTRAL("Bình thường"),
    DISSATISFIED("Không hài lòng");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
