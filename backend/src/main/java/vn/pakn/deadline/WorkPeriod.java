package vn.pakn.deadline;

import java.time.LocalTime;

/** One stretch of working time within a day, e.g. 07:30–11:30. Both ends count as working time. */
public record WorkPeriod(LocalTime start, LocalTime end) {

    public WorkPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a work period must end after it starts: " + start + "–" + end);
        }
    }

    public static WorkPeriod of(String start, String end) {
        return new WorkPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    long seconds() {
        return end.toSecondOfDay() - start.toSecondOfDay();
    }
}
