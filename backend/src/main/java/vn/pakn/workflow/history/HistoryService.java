package vn.pakn.workflow.history;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.pakn.pakn.PaknAccess;
import vn.pakn.workflow.ReturnReason;
import vn.pakn.workflow.WorkflowAction;

/** Reads the history of a PAKN the officer may see. */
@ApplicationScoped
public class HistoryService {

    /** What a history shows instead of a hidden reporter's details: that they changed, not what they are. */
    static final String HIDDEN = "(ẩn danh)";

    private final PaknAccess access;

    public HistoryService(PaknAccess access) {
        this.access = access;
    }

    @WithSession
    public Uni<List<HistoryEntryView>> history(long paknId) {
        return access.visibleRow(paknId).chain(pakn -> {
            boolean seesReporter = access.seesReporterOf(pakn);
            return PaknHistory.<PaknHistory>list("from PaknHistory h where h.paknId = ?1 order by h.occurredAt, h.id",
                    paknId).map(entries -> entries.stream().map(h -> view(h, seesReporter)).toList());
        });
    }

    private static HistoryEntryView view(PaknHistory h, boolean seesReporter) {
        ReturnReason reason = h.reason == null ? null : ReturnReason.valueOf(h.reason);
        return new HistoryEntryView(h.id, h.actorId, h.actorLabel, h.action,
                WorkflowAction.of(h.action).map(WorkflowAction::label).orElse(h.action), h.occurredAt, h.comment,
                h.reason, reason == null ? null : reason.label(), h.notifyNext,
                h.changes.stream().map(c -> {
                    boolean hide = !seesReporter && c.field().identifiesReporter();
                    return new HistoryEntryView.Change(c.field().name(), c.field().label(),
                            hide ? hidden(c.oldValue()) : c.oldValue(), hide ? hidden(c.newValue()) : c.newValue());
                }).toList());
    }

    private static String hidden(String value) {
        return value == null ? null : HIDDEN;
    }
}
