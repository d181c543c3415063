package vn.pakn.deadline.sweep;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.pakn.deadline.StepDeadlines;
import vn.pakn.deadline.WorkingCalendar;

/**
 * Where an overdue item goes and until when, for every (escalating step, category): the process data's chain and
 * the next step's processing time, computed in working time from one instant. Everything a chunk escalates at that
 * instant gets the same new deadline per pair, so the chunk's SQL reads it from these arrays instead of computing;
 * the coordinating units that still owe an opinion get {@code dueSoon} as their sub-deadline.
 */
record EscalationPlan(Long[] fromSteps, Long[] categories, Long[] toSteps, OffsetDateTime[] deadlines,
        OffsetDateTime[] dueSoon, OffsetDateTime[] remind, OffsetDateTime[] coordinatorsRemind,
        Long[] escalatingSteps) {

    /** One link of the chain for one category; {@code minutes} null: the next step has no processing time. */
    record Route(long fromStep, long category, long toStep, Integer minutes) {
    }

    static EscalationPlan of(List<Route> routes, WorkingCalendar calendar, Instant now, StepDeadlines steps,
            Duration reminderLead) {
        int n = routes.size();
        EscalationPlan plan = new EscalationPlan(new Long[n], new Long[n], new Long[n], new OffsetDateTime[n],
                new OffsetDateTime[n], new OffsetDateTime[n], new OffsetDateTime[n],
                routes.stream().map(Route::fromStep).distinct().toArray(Long[]::new));
        for (int i = 0; i < n; i++) {
            Route route = routes.get(i);
            plan.fromSteps[i] = route.fromStep();
            plan.categories[i] = route.category();
            plan.toSteps[i] = route.toStep();
            if (route.minutes() != null) {
                Instant deadline = calendar.plusWorkingMinutes(now, route.minutes());
                plan.deadlines[i] = utc(deadline);
                Instant dueSoon = steps.dueSoonAt(now, deadline);
                plan.dueSoon[i] = utc(dueSoon);
                plan.remind[i] = utc(steps.remindAt(now, deadline, reminderLead));
                // the coordinators' sub-deadline is the moment the item turns Sắp đến hạn (CoordinatorDeadlines)
                plan.coordinatorsRemind[i] = utc(steps.remindAt(now, dueSoon, reminderLead));
            }
        }
        return plan;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
