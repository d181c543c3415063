package vn.pakn.workflow.process;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step (Bước) of a process; its name is what lists show as the task (Công việc). */
@Entity
@Table(name = "process_step")
public class ProcessStep extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "process_id", nullable = false)
    public Long processId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** INTAKE, OPERATOR, PROCESSING, COORDINATION, RESULT, FINAL, ESCALATION. */
    @Column(nullable = false)
    public String kind;

    public String role;

    /** Whose inbox the step is in: CALL_CENTER, UNIT, UNIT_LEADER, PROVINCE_OFFICE; null for nobody's. */
    @Column(name = "assignee_level")
    public String assigneeLevel;

    @Column(nullable = false)
    public int position;

    @Column(name = "is_initial", nullable = false)
    public boolean initial;

    @Column(name = "escalates_to_id")
    public Long escalatesToId;
}
