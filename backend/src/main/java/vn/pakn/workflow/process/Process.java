package vn.pakn.workflow.process;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A process definition (Quy trình): its steps and transitions are rows, not code. */
@Entity
@Table(name = "process")
public class Process extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;
}
