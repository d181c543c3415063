package vn.pakn.deadline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;

/**
 * Administers the processing time of each step. Amounts in days are stored as working minutes of the ordinary day of
 * the schedule in force today, the same day {@link WorkingCalendar#plusWorkingDays} counts in.
 */
@ApplicationScoped
public class StepDurationService {

    /** About a working year (problems*.properties say 250): beyond that a typing slip is likelier. */
    static final int MAX_WORKING_DAYS = 250;

    private final StepDurationRepository repository;
    private final CalendarService calendars;
    private final Pool pool;
    private final PaknConfig config;
    private final Clock clock;

    public StepDurationService(StepDurationRepository repository, CalendarService calendars, Pool pool,
            PaknConfig config, Clock clock) {
        this.repository = repository;
        this.calendars = calendars;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    public Uni<StepDurationsView> list() {
        return workingDayMinutes().flatMap(day -> repository.steps().map(steps -> new StepDurationsView(day, steps)));
    }

    public Uni<StepDurationsView.StepDuration> set(long stepId, Long categoryId, DurationRequest request) {
        return workingDayMinutes().flatMap(day -> {
            int minutes = workingMinutes(request, day);
            return pool.withTransaction(tx -> repository.stepKind(tx, stepId).flatMap(kind -> {
                if (kind == null) {
                    throw ProblemException.notFound();
                }
                if ("FINAL".equals(kind)) {
                    throw ProblemException.conflict("step-duration-final-step");
                }
                return categoryId == null ? Uni.createFrom().item(true) : repository.categoryExists(tx, categoryId);
            }).flatMap(categoryFound -> {
                if (!categoryFound) {
                    throw ProblemException.notFound();
                }
                return repository.upsert(tx, stepId, categoryId, minutes);
            }).flatMap(saved -> repository.step(tx, stepId)));
        });
    }

    public Uni<StepDurationsView.StepDuration> removeCategory(long stepId, long categoryId) {
        return pool.withTransaction(tx -> repository.delete(tx, stepId, categoryId).flatMap(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound();
            }
            return repository.step(tx, stepId);
        }));
    }

    private static int workingMinutes(DurationRequest request, int dayMinutes) {
        long max = (long) MAX_WORKING_DAYS * dayMinutes;
        long perUnit = switch (request.unit()) {
            case DAYS -> dayMinutes;
            case HOURS -> 60;
            case MINUTES -> 1;
        };
        if (request.amount() > max / perUnit) {
            throw ProblemException.invalidField("amount", "step-duration-too-long");
        }
        return Math.toIntExact(request.amount() * perUnit);
    }

    private Uni<Integer> workingDayMinutes() {
        LocalDate today = clock.instant().atZone(config.zone()).toLocalDate();
        return calendars.view().map(view -> view.schedules().stream()
                .map(ScheduleView::toWeeklySchedule)
                .filter(schedule -> schedule.covers(today))
                .findFirst()
                .map(schedule -> schedule.ordinaryDay().stream()
                        .mapToLong(WorkPeriod::seconds).sum() / 60)
                .map(Math::toIntExact)
                .orElseThrow(() -> ProblemException.conflict("step-duration-no-schedule")));
    }
}
