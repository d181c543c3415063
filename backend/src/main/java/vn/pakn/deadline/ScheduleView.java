package vn.pakn.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public record ScheduleView(Long id, String name, LocalDate validFrom, LocalDate validTo,
        Map<DayOfWeek, List<WorkPeriod>> days, long version) {

    WeeklySchedule toWeeklySchedule() {
        return new WeeklySchedule(validFrom, validTo, days);
    }
}
