package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A weekly working schedule and the dates it is valid for; its hours are {@link SchedulePeriod} rows. */
@Entity
@Table(name = "working_schedule")
public class Schedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_schedule_seq")
    @SequenceGenerator(name = "working_schedule_seq", sequenceName = "working_schedule_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    public long version;
}
