package vn.pakn.pakn.attachment;

/** What a file belongs to: the PAKN itself, its result, an opinion, or an appointment (Hẹn xử lý). */
public enum AttachmentPurpose {
    PAKN("Phản ánh"),
    RESULT("Kết quả"),
    COMMENT("Ý kiến xử lý"),
    APPOINTMENT("Hẹn xử lý");

    private final String label;

    AttachmentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
