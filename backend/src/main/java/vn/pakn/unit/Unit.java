package vn.pakn.unit;

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
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit (đơn vị, địa phương): a node of the org tree. Units are deactivated, never deleted once used. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "requires_result_approval", nullable = false)
    public boolean requiresResultApproval;

    /** An appointment (Hẹn xử lý) asked by a specialist moves the deadline only once the unit's leader approves. */
    @Column(name = "requires_appointment_approval", nullable = false)
    public boolean requiresAppointmentApproval;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Unit create(String code, String name, UnitKind kind, Long parentId, boolean requiresResultApproval,
            Instant now) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.parentId = parentId;
        unit.requiresResultApproval = requiresResultApproval;
        unit.createdAt = now;
        unit.updatedAt = now;
        return unit;
    }
}
