package vn.pakn.workflow.history;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import vn.pakn.workflow.WorkflowAction;

/** One action on a PAKN (Lịch sử): who, when, which action, and the fields it changed. */
@Entity
@Table(name = "pakn_history")
public class PaknHistory extends PanacheEntityBase {

    /** The label of actions the scheduler takes on its own. */
    public static final String SYSTEM_ACTOR = "Task AutoComplete System";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pakn_history_seq")
    @SequenceGenerator(name = "pakn_history_seq", sequenceName = "pakn_history_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pakn_id", nullable = false)
    public Long paknId;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "actor_label", nullable = false)
    public String actorLabel;

    @Column(nullable = false)
    public String action;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String comment;

    public String reason;

    @Column(name = "notify_next", nullable = false)
    public boolean notifyNext;

    /**
     * In the manual's order; a jsonb array in the entry's row, read and written as its text (a string bound straight
     * to jsonb is stored as a JSON string).
     */
    @Convert(converter = HistoryChangesColumn.class)
    @ColumnTransformer(read = "changes::text", write = "?::text::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<HistoryChange> changes = new ArrayList<>();

    /** An entry of {@code action} by an officer (or, without an id, a client or the system), at {@code at}. */
    public static PaknHistory of(Long paknId, Long actorId, String actorLabel, WorkflowAction action, Instant at) {
        PaknHistory entry = new PaknHistory();
        entry.paknId = paknId;
        entry.actorId = actorId;
        entry.actorLabel = actorLabel;
        entry.action = action.code();
        entry.occurredAt = at;
        return entry;
    }
}
