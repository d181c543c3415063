package vn.pakn.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working hours per day of the week, valid from a date to a date (inclusive; open-ended when {@code validTo} is
 * null). Provinces change their hours by season, so a calendar holds several.
 */
public record WeeklySchedule(LocalDate validFrom, LocalDate validTo, Map<DayOfWeek, List<WorkPeriod>> days) {

    public WeeklySchedule {
        days = Map.copyOf(days);
    }

    /** Monday–Friday, 07:30–11:30 and 13:30–17:00: the default of Vietnamese public administration. */
    public static WeeklySchedule standard(LocalDate validFrom) {
        List<WorkPeriod> day = List.of(WorkPeriod.of("07:30", "11:30"), WorkPeriod.of("13:30", "17:00"));
        Map<DayOfWeek, List<WorkPeriod>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(weekday, day);
        }
        return new WeeklySchedule(validFrom, null, days);
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    List<WorkPeriod> periodsOn(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** The hours of an ordinary working day, used for a compensatory working day (a Saturday made a working day). */
    List<WorkPeriod> ordinaryDay() {
        return days.values().stream().filter(periods -> !periods.isEmpty()).findFirst().orElse(List.of());
    }
}
