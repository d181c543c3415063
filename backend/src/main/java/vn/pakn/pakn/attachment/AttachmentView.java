package vn.pakn.pakn.attachment;

import java.time.Instant;

/** A file of a PAKN; download it from {@code /api/v1/attachments/{id}}. */
public record AttachmentView(long id, long paknId, String purpose, String fileName, String contentType,
        long sizeBytes, long uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.paknId, a.purpose.name(), a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt);
    }
}
