package vn.pakn.pakn.attachment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.PaknAccess;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.PaknUnits;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.HistoryChange;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;

/**
 * Files of a PAKN. An upload is checked (size, allowed type, content matching the declared type) before anything
 * is stored; its row is written after the bytes, and the bytes are removed again if the row cannot be. A removal
 * goes the other way: the row first, the bytes once it is committed.
 */
@ApplicationScoped
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

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
        return Panache.withSession(() -> mayAttach(paknId)).chain(open -> sniffer.detect(upload.file())
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
                // the uploader works on the item (mayAttach): they may take it back while it is open
                .map(a -> AttachmentView.of(a, open)));
    }

    /**
     * Gỡ tập tin: the uploader takes back a file attached by mistake, while the item is open and their unit still
     * works on it. A wrong file is often another citizen's document, so its bytes go too, not only its row; the
     * history keeps its name. Someone who may not see the item learns nothing: 404, as for a download.
     */
    public Uni<Void> remove(long id) {
        return Panache.withTransaction(() -> Attachment.<Attachment>findById(id)
                .onItem().ifNull().failWith(ProblemException::notFound)
                .call(a -> access.visibleRow(a.paknId).chain(pakn -> mayRemove(a, pakn)))
                // by query, so that of two removals at once the second finds nothing instead of failing on the row
                .call(a -> Attachment.delete("id", a.id).invoke(deleted -> {
                    if (deleted == 0) {
                        throw ProblemException.notFound();
                    }
                }))
                .call(this::recordedRemoval))
                .call(a -> store.delete(a.storageKey).onFailure().recoverWithItem(e -> {
                    // the row is gone, so nobody reaches the bytes: an orphan file is harmless, a failed request not
                    LOG.warnf(e, "Attachment %d removed, but its file %s could not be deleted", a.id, a.storageKey);
                    return null;
                }))
                .replaceWithVoid();
    }

    private Uni<Void> mayRemove(Attachment a, Pakn pakn) {
        if (a.uploadedBy != officer.accountId()) {
            throw new ProblemException(Status.FORBIDDEN, "attachment-not-uploader");
        }
        if (pakn.status == PaknStatus.COMPLETED) {
            throw ProblemException.conflict("attachment-pakn-completed");
        }
        return requireWorksOn(a.paknId);
    }

    /** Lịch sử tells who attached which file, and to what, as it tells every change. */
    private Uni<PaknHistory> recorded(Attachment a) {
        return history(a, WorkflowAction.ATTACH, a.uploadedAt, null, label(a));
    }

    /** The old value names the file, so that the history still tells what was attached and taken back. */
    private Uni<PaknHistory> recordedRemoval(Attachment a) {
        return history(a, WorkflowAction.DETACH, clock.instant(), label(a), null);
    }

    private Uni<PaknHistory> history(Attachment a, WorkflowAction action, Instant at, String oldValue,
            String newValue) {
        PaknHistory entry = PaknHistory.of(a.paknId, officer.accountId(), officer.name(), action, at);
        entry.changes.add(new HistoryChange(HistoryField.ATTACHMENT, oldValue, newValue));
        return entry.persist();
    }

    private static String label(Attachment a) {
        return a.fileName + " (" + a.purpose.label() + ")";
    }

    /** Each file says whether the caller may remove it now; whether they still work on the item is asked once. */
    @WithSession
    public Uni<List<AttachmentView>> list(long paknId) {
        return access.visibleRow(paknId).chain(pakn -> Attachment.<Attachment>list(
                "paknId = ?1 order by uploadedAt, id", paknId)
                .chain(files -> {
                    long me = officer.accountId();
                    boolean anyMine = files.stream().anyMatch(a -> a.uploadedBy == me);
                    Uni<Boolean> mayRemoveMine = anyMine && pakn.status != PaknStatus.COMPLETED ? worksOn(paknId)
                            : Uni.createFrom().item(false);
                    return mayRemoveMine.map(mine -> files.stream()
                            .map(a -> AttachmentView.of(a, mine && a.uploadedBy == me)).toList());
                }));
    }

    public Uni<Download> download(long id) {
        return Panache.withSession(() -> Attachment.<Attachment>findById(id)
                .onItem().ifNull().failWith(ProblemException::notFound)
                .call(a -> access.requireVisible(a.paknId)))
                .chain(a -> store.open(a.storageKey).map(file -> new Download(file, a.fileName, a.contentType)));
    }

    /**
     * Officers of the units working on the item, and those who work across units, may add files (to a completed
     * item too: the operator may add the recording of the answer afterwards); whether the item is still open.
     */
    private Uni<Boolean> mayAttach(long paknId) {
        return access.visibleRow(paknId).call(() -> requireWorksOn(paknId))
                .map(pakn -> pakn.status != PaknStatus.COMPLETED);
    }

    /** The unit rule of {@link #mayAttach}, for the removal, which has checked visibility itself. */
    private Uni<Void> requireWorksOn(long paknId) {
        return worksOn(paknId).invoke(yes -> {
            if (!yes) {
                throw new ProblemException(Status.FORBIDDEN, "pakn-not-your-unit");
            }
        }).replaceWithVoid();
    }

    /** Whether the caller's unit works on the item now (a unit that returned it no longer does). */
    private Uni<Boolean> worksOn(long paknId) {
        return officer.seesAllUnits() ? Uni.createFrom().item(true)
                : units.relation(paknId, officer.unitId()).map(r -> r.filter(PaknUnits.Relation::active).isPresent());
    }

    /** The name without any directory part a browser may have sent. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").strip();
        base = base.isEmpty() ? "tep-dinh-kem" : base;
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
