package vn.pakn.deadline;

import java.util.List;

/** The whole working calendar as the API shows it. */
public record CalendarView(List<ScheduleView> schedules, List<CalendarDay> holidays,
        List<CalendarDay> compensatoryDays) {
}
