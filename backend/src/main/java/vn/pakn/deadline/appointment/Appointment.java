package vn.pakn.deadline.appointment;

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
import java.time.Duration;
import java.time.Instant;
import vn.pakn.deadline.CalendarService.TimeUnit;

/** An appointment (Hẹn xử lý): the main unit moves an item's deadline, with a reason, once or after approval. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pakn_id", nullable = false)
    public long paknId;
    @Column(name = "unit_id", nullable = false)
    public long unitId;
    @Column(name = "requested_by", nullable = false)
    public long requestedBy;
    @Column(name = "requested_by_name", nullable = false)
    public String requestedByName;
    @Column(nullable = false)
    public int amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_unit", nullable = false)
    public TimeUnit timeUnit;
    @Column(name = "reminder_amount", nullable = false)
    public int reminderAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_unit", nullable = false)
    public TimeUnit reminderUnit;
    @Column(nullable = false)
    public String reason;
    @Column(name = "reminder_text", nullable = false)
    public String reminderText;
    @Column(name = "old_deadline", nullable = false)
    public Instant oldDeadline;
    @Column(name = "new_deadline", nullable = false)
    public Instant newDeadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentState state;
    @Column(name = "decided_by")
    public Long decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    /** How long before the new deadline the handler is reminded: calendar time, as the manual's "24 giờ". */
    public Duration reminderLead() {
        return switch (reminderUnit) {
            case DAYS -> Duration.ofDays(reminderAmount);
            case HOURS -> Duration.ofHours(reminderAmount);
            case MINUTES -> Duration.ofMinutes(reminderAmount);
        };
    }

    void decide(AppointmentState decision, Long by, Instant at, String reason) {
        state = decision;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }
}
