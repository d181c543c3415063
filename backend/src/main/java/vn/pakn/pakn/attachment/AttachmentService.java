package vn.pakn.pakn.attachment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.PaknAccess;
import vn.pakn.pakn.PaknUnits;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.HistoryChange;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;

/**
 * Files of a PAKN. An upload is checked (size, allowed type, content matching the declared type) before anything
 * is stored; its row is written after the bytes, and the bytes are removed again if the row cannot be.
 */
@ApplicationScoped
public class AttachmentService {

    private final PaknAccess access;
    private final PaknUnits units;
    private final ContentSniffer sniffer;
    private final AttachmentStore store;
    private final AttachmentConfig config;
    private final CurrentOfficer officer;
    private final Clock clock;

    AttachmentService(PaknAccess access, PaknUnits units, ContentSniffer sniffer, AttachmentStore store,
            AttachmentConfig config, CurrentOfficer officer, Clock clock) {
        this.access = access;
        this.units = units;
        this.sniffer = sniffer;
        this.store = store;
        this.config = config;
        this.officer = officer;
        this.clock = clock;
    }

    /** A file to upload, as received. */
    public record Upload(Path file, String fileName, String declaredType, long size, AttachmentPurpose purpose) {
    }

    /** A file to download. */
    public record Download(Path file, String fileName, String contentType) {
    }

    public Uni<AttachmentView> upload(long paknId, Upload upload) {
        long max = config.maxSize().asLongValue();
        if (upload.size() > max) {
            throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, "attachment-too-large", max / (1024 * 1024));
        }
        String type = ContentSniffer.allowed(upload.declaredType())
                .orElseThrow(() -> new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, "attachment-type-not-allowed"));
        return Panache.withSession(() -> mayAttach(paknId))
                .chain(() -> sniffer.detect(upload.file()))
                .invoke(detected -> {
                    if (!detected.equals(type)) {
                        throw new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, "attachment-content-mismatch",
                                detected, type);
                    }
                })
                .chain(() -> store.store(upload.file()))
                .chain(key -> Panache.withTransaction(() -> {
                    Attachment a = new Attachment();
                    a.paknId = paknId;
                    a.purpose = upload.purpose();
                    a.fileName = fileName(upload.fileName());
                    a.contentType = type;
                    a.sizeBytes = upload.size();
                    a.storageKey = key;
                    a.uploadedBy = officer.accountId();
                    a.uploadedAt = clock.instant();
                    return a.<Attachment>persist().call(() -> recorded(a));
                }).onFailure().call(() -> store.delete(key)))
                .map(AttachmentView::of);
    }

    /** Lịch sử tells who attached which file, and to what, as it tells every change. */
    private Uni<PaknHistory> recorded(Attachment a) {
        PaknHistory entry = PaknHistory.of(a.paknId, officer.accountId(), officer.name(), WorkflowAction.ATTACH,
                a.uploadedAt);
        entry.changes.add(new HistoryChange(HistoryField.ATTACHMENT, null,
                a.fileName + " (" + a.purpose.label() + ")"));
        return entry.persist();
    }

    @WithSession
    public Uni<List<AttachmentView>> list(long paknId) {
        return access.requireVisible(paknId).chain(() -> Attachment.<Attachment>list(
                "paknId = ?1 order by uploadedAt, id", paknId))
                .map(list -> list.stream().map(AttachmentView::of).toList());
    }

    public Uni<Download> download(long id) {
        return Panache.withSession(() -> Attachment.<Attachment>findById(id)
                .onItem().ifNull().failWith(ProblemException::notFound)
                .call(a -> access.requireVisible(a.paknId)))
                .chain(a -> store.open(a.storageKey).map(file -> new Download(file, a.fileName, a.contentType)));
    }

    /** Officers of the units working on the item, and those who work across units, may add files. */
    private Uni<Void> mayAttach(long paknId) {
        return access.requireVisible(paknId).chain(() -> officer.seesAllUnits() ? Uni.createFrom().voidItem()
                : units.relation(paknId, officer.unitId()).invoke(relation -> {
                    if (relation.filter(r -> r.active()).isEmpty()) {
                        throw new ProblemException(Status.FORBIDDEN, "pakn-not-your-unit");
                    }
                }).replaceWithVoid());
    }

    /** The name without any directory part a browser may have sent. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").strip();
        base = base.isEmpty() ? "tep-dinh-kem" : base;
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
