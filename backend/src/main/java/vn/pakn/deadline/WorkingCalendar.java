package vn.pakn.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Working-time arithmetic over a province's calendar: weekly schedules, public holidays and compensatory working
 * days. Pure: no database, no clock. Every deadline of the system is computed here.
 */
public final class WorkingCalendar {

    /** No calendar leaves more than this many days without working time (Tết is about nine). */
    private static final int MAX_IDLE_DAYS = 366;

    private final ZoneId zone;
    private final List<WeeklySchedule> schedules;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> compensatoryWorkingDays;

    public WorkingCalendar(ZoneId zone, List<WeeklySchedule> schedules, Set<LocalDate> holidays,
            Set<LocalDate> compensatoryWorkingDays) {
        this.zone = zone;
        this.schedules = schedules.stream().sorted(Comparator.comparing(WeeklySchedule::validFrom).reversed()).toList();
        this.holidays = Set.copyOf(holidays);
        this.compensatoryWorkingDays = Set.copyOf(compensatoryWorkingDays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working periods of a date, in order: none on a holiday, an ordinary day's on a compensatory day. */
    public List<WorkPeriod> periodsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        WeeklySchedule schedule = scheduleOn(date);
        if (schedule == null) {
            return List.of();
        }
        List<WorkPeriod> periods = schedule.periodsOn(date.getDayOfWeek());
        if (periods.isEmpty() && compensatoryWorkingDays.contains(date)) {
            periods = schedule.ordinaryDay();
        }
        return periods.stream().sorted(Comparator.comparing(WorkPeriod::start)).toList();
    }

    public boolean isWorkingTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return periodsOn(local.toLocalDate()).stream()
                .anyMatch(p -> !time.isBefore(p.start()) && !time.isAfter(p.end()));
    }

    /** The instant that lies {@code minutes} of working time after {@code start}. */
    public Instant plusWorkingMinutes(Instant start, long minutes) {
        return plusWorkingSeconds(start, Math.multiplyExact(minutes, 60));
    }

    public Instant plusWorkingHours(Instant start, long hours) {
        return plusWorkingMinutes(start, Math.multiplyExact(hours, 60));
    }

    /**
     * {@code days} working days after {@code start}: a working day is the length of the ordinary working day of the
     * schedule in force at {@code start} (7 h 30 by default), so that days, hours and minutes add up consistently.
     */
    public Instant plusWorkingDays(Instant start, long days) {
        WeeklySchedule schedule = scheduleOn(start.atZone(zone).toLocalDate());
        long dayLength = schedule == null ? 0
                : schedule.ordinaryDay().stream().mapToLong(WorkPeriod::seconds).sum();
        if (dayLength == 0) {
            throw new IllegalStateException("no working hours are defined on " + start);
        }
        return plusWorkingSeconds(start, Math.multiplyExact(days, dayLength));
    }

    public Instant plusWorkingSeconds(Instant start, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("working time to add must not be negative: " + seconds);
        }
        if (seconds == 0) {
            return start;
        }
        ZonedDateTime local = start.atZone(zone);
        LocalDate date = local.toLocalDate();
        LocalTime from = local.toLocalTime();
        long remaining = seconds;
        int idleDays = 0;
        while (true) {
            List<WorkPeriod> periods = periodsOn(date);
            for (WorkPeriod period : periods) {
                if (!period.end().isAfter(from)) {
                    continue;
                }
                LocalTime segmentStart = from.isAfter(period.start()) ? from : period.start();
                long available = period.end().toSecondOfDay() - segmentStart.toSecondOfDay();
                if (remaining <= available) {
                    return LocalDateTime.of(date, segmentStart.plusSeconds(remaining)).atZone(zone).toInstant();
                }
                remaining -= available;
            }
            idleDays = periods.isEmpty() ? idleDays + 1 : 0;
            if (idleDays > MAX_IDLE_DAYS) {
                throw new IllegalStateException("the working calendar has no working time after " + date);
            }
            date = date.plusDays(1);
            from = LocalTime.MIDNIGHT;
        }
    }

    /** Working time from {@code from} to {@code to}, in seconds; negative when {@code to} is earlier. */
    public long workingSecondsBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workingSecondsBetween(to, from);
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        long total = 0;
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            int dayFrom = date.equals(start.toLocalDate()) ? start.toLocalTime().toSecondOfDay() : 0;
            int dayTo = date.equals(end.toLocalDate()) ? end.toLocalTime().toSecondOfDay() : 24 * 3600;
            for (WorkPeriod period : periodsOn(date)) {
                long overlap = Math.min(dayTo, period.end().toSecondOfDay())
                        - Math.max(dayFrom, period.start().toSecondOfDay());
                total += Math.max(0, overlap);
            }
        }
        return total;
    }

    public long workingMinutesBetween(Instant from, Instant to) {
        return workingSecondsBetween(from, to) / 60;
    }

    private WeeklySchedule scheduleOn(LocalDate date) {
        for (WeeklySchedule schedule : schedules) {
            if (schedule.covers(date)) {
                return schedule;
            }
        }
        return null;
    }
}
