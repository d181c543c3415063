package vn.pakn.workflow.process;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.pakn.pakn.PaknStatus;

/** May {@code role}, acting for a unit in {@code unitScope}, take {@code action} at {@code fromStepId}; and where to. */
@Entity
@Table(name = "process_transition")
public class ProcessTransition extends PanacheEntityBase {

    /** The condition of a transition that applies when the action names coordinating units. */
    public static final String COORDINATED = "COORDINATED";

    @Id
    public Long id;

    @Column(name = "process_id", nullable = false)
    public Long processId;

    @Column(name = "from_step_id", nullable = false)
    public Long fromStepId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_scope", nullable = false)
    public UnitScope unitScope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_step_id")
    public ProcessStep toStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_status")
    public PaknStatus resultStatus;

    public String condition;
}
