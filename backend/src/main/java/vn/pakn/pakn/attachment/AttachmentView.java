package vn.pakn.pakn.attachment;

import java.time.Instant;

/**
 * A file of a PAKN; download it from {@code /api/v1/attachments/{id}}. {@code removable}: the caller may remove it now
 * (Gỡ tập tin) — they attached it, the item is open and their unit still works on it.
 */
public record AttachmentView(long id, long paknId, String purpose, String fileName, String contentType,
        long sizeBytes, long uploadedBy, Instant uploadedAt, boolean removable) {

    static AttachmentView of(Attachment a, boolean removable) {
        return new AttachmentView(a.id, a.paknId, a.purpose.name(), a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt, removable);
    }
}
