package vn.pakn.workflow.history;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    @OneToMany(mappedBy = "history", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<PaknHistoryChange> changes = new ArrayList<>();
}
