package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A weekend day worked in exchange for a weekday off (ngày làm bù). */
@Entity
@Table(name = "compensatory_working_day")
public class CompensatoryWorkingDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public String name;
}
