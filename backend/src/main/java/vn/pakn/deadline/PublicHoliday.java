package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off for everyone: a public holiday, or a weekday swapped into a long break. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public String name;
}
