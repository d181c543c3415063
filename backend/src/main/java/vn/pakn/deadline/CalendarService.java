package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;

/**
 * The working calendar in force. Read often (every deadline), changed rarely: kept in memory and re-read after a
 * change here, or at most {@link #MAX_AGE} after a change made through another instance.
 */
@ApplicationScoped
public class CalendarService {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CalendarRepository repository;
    private final PaknConfig config;
    private final Clock clock;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    public CalendarService(CalendarRepository repository, PaknConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    private record Loaded(WorkingCalendar calendar, Instant at) {
    }

    public Uni<WorkingCalendar> calendar() {
        Loaded current = loaded.get();
        if (current != null && current.at().plus(MAX_AGE).isAfter(clock.instant())) {
            return Uni.createFrom().item(current.calendar());
        }
        return repository.load().map(view -> {
            WorkingCalendar calendar = toCalendar(view);
            loaded.set(new Loaded(calendar, clock.instant()));
            return calendar;
        });
    }

    public Uni<CalendarView> view() {
        return repository.load();
    }

    /** When {@code amount} of working time ({@code unit} days, hours or minutes) after {@code from} ends. */
    public Uni<Instant> deadline(Instant from, long amount, TimeUnit unit) {
        return calendar().map(calendar -> switch (unit) {
            case DAYS -> calendar.plusWorkingDays(from, amount);
            case HOURS -> calendar.plusWorkingHours(from, amount);
            case MINUTES -> calendar.plusWorkingMinutes(from, amount);
        });
    }

    @WithTransaction
    public Uni<CalendarDay> addHoliday(CalendarDay day) {
        return repository.isCompensatoryDay(day.day()).flatMap(compensatory -> {
            if (compensatory) {
                throw ProblemException.conflict("calendar-day-conflict", day.day().format(DAY));
            }
            return repository.isHoliday(day.day());
        }).flatMap(exists -> {
            if (exists) {
                throw ProblemException.conflict("calendar-day-exists", day.day().format(DAY));
            }
            PublicHoliday holiday = new PublicHoliday();
            holiday.day = day.day();
            holiday.name = day.name().strip();
            return holiday.persist();
        }).invoke(this::invalidate).replaceWith(day);
    }

    @WithTransaction
    public Uni<CalendarDay> addCompensatoryDay(CalendarDay day) {
        return repository.isHoliday(day.day()).flatMap(holiday -> {
            if (holiday) {
                throw ProblemException.conflict("calendar-day-conflict", day.day().format(DAY));
            }
            return repository.isCompensatoryDay(day.day());
        }).flatMap(exists -> {
            if (exists) {
                throw ProblemException.conflict("calendar-day-exists", day.day().format(DAY));
            }
            CompensatoryWorkingDay compensatory = new CompensatoryWorkingDay();
            compensatory.day = day.day();
            compensatory.name = day.name().strip();
            return compensatory.persist();
        }).invoke(this::invalidate).replaceWith(day);
    }

    @WithTransaction
    public Uni<Void> removeHoliday(LocalDate day) {
        return PublicHoliday.deleteById(day).invoke(this::requireDeleted).invoke(this::invalidate).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> removeCompensatoryDay(LocalDate day) {
        return CompensatoryWorkingDay.deleteById(day).invoke(this::requireDeleted).invoke(this::invalidate)
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Long> createSchedule(ScheduleRequest request) {
        Map<DayOfWeek, List<WorkPeriod>> days = validDays(request);
        Schedule schedule = new Schedule();
        schedule.name = request.name().strip();
        schedule.validFrom = request.validFrom();
        schedule.validTo = request.validTo();
        return schedule.<Schedule>persistAndFlush()
                .flatMap(saved -> repository.replacePeriods(saved.id, days).replaceWith(saved.id))
                .invoke(this::invalidate);
    }

    @WithTransaction
    public Uni<Void> updateSchedule(long id, ScheduleRequest request) {
        Map<DayOfWeek, List<WorkPeriod>> days = validDays(request);
        return Schedule.<Schedule>findById(id, LockModeType.OPTIMISTIC_FORCE_INCREMENT).flatMap(schedule -> {
            if (schedule == null) {
                throw ProblemException.notFound();
            }
            if (request.version() == null || request.version() != schedule.version) {
                throw ProblemException.conflict("stale-version");
            }
            schedule.name = request.name().strip();
            schedule.validFrom = request.validFrom();
            schedule.validTo = request.validTo();
            return repository.replacePeriods(id, days);
        }).invoke(this::invalidate);
    }

    @WithTransaction
    public Uni<Void> deleteSchedule(long id) {
        return Schedule.count().flatMap(count -> {
            if (count <= 1) {
                throw ProblemException.conflict("last-schedule");
            }
            return SchedulePeriod.delete("scheduleId", id).flatMap(periods -> Schedule.deleteById(id));
        }).invoke(this::requireDeleted).invoke(this::invalidate).replaceWithVoid();
    }

    private void requireDeleted(boolean deleted) {
        if (!deleted) {
            throw ProblemException.notFound();
        }
    }

    private void invalidate() {
        loaded.set(null);
    }

    private static Map<DayOfWeek, List<WorkPeriod>> validDays(ScheduleRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "calendar-range");
        }
        Map<DayOfWeek, List<WorkPeriod>> days = new EnumMap<>(DayOfWeek.class);
        request.days().forEach((day, periods) -> {
            List<ScheduleRequest.Period> sorted = new ArrayList<>(periods);
            sorted.sort(Comparator.comparing(ScheduleRequest.Period::start));
            List<WorkPeriod> valid = new ArrayList<>();
            for (ScheduleRequest.Period period : sorted) {
                boolean overlaps = !valid.isEmpty() && !valid.get(valid.size() - 1).end().isBefore(period.start());
                if (!period.start().isBefore(period.end()) || overlaps) {
                    throw ProblemException.invalidField("days." + day, "calendar-periods");
                }
                valid.add(new WorkPeriod(period.start(), period.end()));
            }
            days.put(day, valid);
        });
        if (days.values().stream().allMatch(List::isEmpty)) { // no deadline could ever be reached
            throw ProblemException.invalidField("days", "calendar-no-periods");
        }
        return days;
    }

    private WorkingCalendar toCalendar(CalendarView view) {
        return new WorkingCalendar(config.zone(),
                view.schedules().stream().map(ScheduleView::toWeeklySchedule).toList(),
                new HashSet<>(view.holidays().stream().map(CalendarDay::day).toList()),
                new HashSet<>(view.compensatoryDays().stream().map(CalendarDay::day).toList()));
    }

    /** The units of working time in which deadlines and appointments are expressed (ngày / giờ / phút). */
    public enum TimeUnit {
        DAYS,
        HOURS,
        MINUTES
    }
}
