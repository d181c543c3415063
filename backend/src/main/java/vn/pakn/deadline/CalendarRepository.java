package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Sort;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the working calendar's rows. */
@ApplicationScoped
public class CalendarRepository {

    /** Everything the calendar needs, read in one session (four small queries). */
    @WithSession
    public Uni<CalendarView> load() {
        return Schedule.<Schedule>listAll(Sort.by("validFrom"))
                .flatMap(schedules -> SchedulePeriod.<SchedulePeriod>listAll(
                        Sort.by("scheduleId", "dayOfWeek", "startTime"))
                        .map(periods -> views(schedules, periods)))
                .flatMap(schedules -> PublicHoliday.<PublicHoliday>listAll(Sort.by("day"))
                        .flatMap(holidays -> CompensatoryWorkingDay.<CompensatoryWorkingDay>listAll(
                                Sort.by("day"))
                                .map(compensatory -> new CalendarView(schedules,
                                        holidays.stream().map(h -> new CalendarDay(h.day, h.name)).toList(),
                                        compensatory.stream().map(c -> new CalendarDay(c.day, c.name)).toList()))));
    }

    public Uni<Boolean> isHoliday(LocalDate day) {
        return PublicHoliday.findById(day).map(found -> found != null);
    }

    public Uni<Boolean> isCompensatoryDay(LocalDate day) {
        return CompensatoryWorkingDay.findById(day).map(found -> found != null);
    }

    public Uni<Void> replacePeriods(long scheduleId, Map<DayOfWeek, List<WorkPeriod>> days) {
        return SchedulePeriod.delete("scheduleId", scheduleId)
                .flatMap(deleted -> SchedulePeriod.getSession())
                .flatMap(session -> session.flush())
                .flatMap(flushed -> {
                    List<SchedulePeriod> rows = new ArrayList<>();
                    days.forEach((day, periods) -> periods.forEach(period -> {
                        SchedulePeriod row = new SchedulePeriod();
                        row.scheduleId = scheduleId;
                        row.dayOfWeek = (short) day.getValue();
                        row.startTime = period.start();
                        row.endTime = period.end();
                        rows.add(row);
                    }));
                    return SchedulePeriod.persist(rows);
                });
    }

    private static List<ScheduleView> views(List<Schedule> schedules, List<SchedulePeriod> periods) {
        return schedules.stream().map(schedule -> {
            Map<DayOfWeek, List<WorkPeriod>> days = new EnumMap<>(DayOfWeek.class);
            periods.stream().filter(p -> p.scheduleId.equals(schedule.id)).forEach(p -> days
                    .computeIfAbsent(DayOfWeek.of(p.dayOfWeek), d -> new ArrayList<>())
                    .add(new WorkPeriod(p.startTime, p.endTime)));
            return new ScheduleView(schedule.id, schedule.name, schedule.validFrom, schedule.validTo, days,
                    schedule.version);
        }).toList();
    }
}
