package vn.pakn.pakn.attachment;

/** What a file belongs to: the PAKN itself, its result, or an opinion. */
public enum AttachmentPurpose {
    PAKN,
    RESULT,
    COMMENT
}
