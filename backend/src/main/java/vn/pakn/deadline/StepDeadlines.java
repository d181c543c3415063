package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.Progress;
import vn.pakn.workflow.process.ProcessStep;
import vn.pakn.workflow.history.Changes;
import vn.pakn.workflow.history.HistoryField;

/**
 * Starts the clock of the step a PAKN has just entered: its deadline is the step's processing time (per category
 * where one is set) added in working time. A step without a processing time stops the clock; the item leaves the
 * previous step on time or late.
 */
@ApplicationScoped
public class StepDeadlines {

    private static final String DURATION = """
            select working_minutes from step_duration
            where process_step_id = :step and (category_id = :category or category_id is null)
            order by category_id nulls last limit 1""";

    private final CalendarService calendars;
    private final PaknConfig config;

    public StepDeadlines(CalendarService calendars, PaknConfig config) {
        this.calendars = calendars;
        this.config = config;
    }

    /**
     * The deadline of {@code step} entered at {@code from}, or null for a step without a processing time. Ask before
     * changing the item: the lookup is a query, and a query flushes pending changes (a second version bump).
     */
    public Uni<Instant> deadlineOf(ProcessStep step, long categoryId, Instant from) {
        return workingMinutes(step.id, categoryId).flatMap(minutes -> minutes == null
                ? Uni.createFrom().item((Instant) null)
                : calendars.calendar().map(calendar -> calendar.plusWorkingMinutes(from, minutes)));
    }

    /** The item has entered a step whose deadline is {@code deadline} (null: the clock stops). */
    public void stepStarted(Pakn p, Instant deadline, Instant at, Changes changes) {
        Progress progress = deadline != null ? Progress.NOT_DUE
                : p.deadline == null ? p.progress
                : at.isAfter(p.deadline) ? Progress.LATE : Progress.ON_TIME;
        p.progress = changes.track(HistoryField.PROGRESS, p.progress, progress, Progress::label);
        p.deadline = changes.track(HistoryField.DEADLINE, p.deadline, deadline);
        p.deadlineStartedAt = deadline == null ? null : at;
        p.dueSoonAt = deadline == null ? null : dueSoonAt(at, deadline);
        p.remindAt = deadline == null ? null : remindAt(at, deadline, config.deadlines().reminderLead());
    }

    /**
     * An appointment moved the current step's deadline at {@code at}: not due again until the new deadline nears,
     * the handler reminded {@code reminderLead} before it. The step's start stays (the appointment rule counts from it).
     */
    public void deadlineExtended(Pakn p, Instant deadline, Instant at, Duration reminderLead, Changes changes) {
        p.deadline = changes.track(HistoryField.DEADLINE, p.deadline, deadline);
        p.progress = changes.track(HistoryField.PROGRESS, p.progress, Progress.NOT_DUE, Progress::label);
        p.deadlineExtended = true;
        p.dueSoonAt = dueSoonAt(at, deadline);
        p.remindAt = remindAt(at, deadline, reminderLead);
    }

    /** When less than the configured share of the time between {@code start} and {@code deadline} is left. */
    public Instant dueSoonAt(Instant start, Instant deadline) {
        long millis = Duration.between(start, deadline).toMillis();
        return start.plusMillis(Math.round(millis * (1 - config.deadlines().dueSoonShare())));
    }

    /**
     * {@code lead} before the deadline; when the step is shorter than that, as it turns Sắp đến hạn, so that every
     * deadline gets one reminder and none comes at the moment the item arrives.
     */
    public Instant remindAt(Instant start, Instant deadline, Duration lead) {
        Instant remindAt = deadline.minus(lead);
        return remindAt.isAfter(start) ? remindAt : dueSoonAt(start, deadline);
    }

    private Uni<Integer> workingMinutes(long stepId, long categoryId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DURATION, Integer.class)
                .setParameter("step", stepId)
                .setParameter("category", categoryId)
                .getResultList())
                .map(List::stream)
                .map(rows -> rows.findFirst().orElse(null));
    }
}
