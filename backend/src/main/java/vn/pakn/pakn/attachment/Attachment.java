package vn.pakn.pakn.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file's metadata; the bytes live in the {@link AttachmentStore} under {@code storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pakn_id", nullable = false)
    public Long paknId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttachmentPurpose purpose;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(name = "uploaded_by", nullable = false)
    public Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
