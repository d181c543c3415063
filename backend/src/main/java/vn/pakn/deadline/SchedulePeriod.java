package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;

/** Working hours of one day of the week in a schedule, e.g. Monday 07:30–11:30. */
@Entity
@Table(name = "working_schedule_period")
@IdClass(SchedulePeriod.Key.class)
public class SchedulePeriod extends PanacheEntityBase {

    @Id
    @Column(name = "schedule_id")
    public Long scheduleId;

    @Id
    @Column(name = "day_of_week")
    public short dayOfWeek;

    @Id
    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    public static class Key implements Serializable {
        public Long scheduleId;
        public short dayOfWeek;
        public LocalTime startTime;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scheduleId, k.scheduleId) && dayOfWeek == k.dayOfWeek
                    && Objects.equals(startTime, k.startTime);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheduleId, dayOfWeek, startTime);
        }
    }
}
