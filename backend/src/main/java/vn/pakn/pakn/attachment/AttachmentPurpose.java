package vn.pakn.pakn.attachment;

/** What a file belongs to: the PAKN itself, its result, an opinion, or an appointment (Hẹn xử lý). */
public enum AttachmentPurpose {
    PAKN,
    RESULT,
    COMMENT,
    APPOINTMENT
}
