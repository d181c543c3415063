package vn.pakn.deadline;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.pakn.common.config.PaknConfig;

/**
 * Coordinating units' sub-deadlines: each active coordinating unit that still owes its opinion answers the main unit
 * before the item turns Sắp đến hạn there, and is reminded once before that (the sweep's coordinator reminders).
 * The sub-deadline moves with the main deadline (a new step, an appointment, an escalation); an opinion (a comment by
 * the coordinating unit) ends what the unit owes. Call inside a session, before changing the item: a native update
 * flushes pending changes.
 */
@ApplicationScoped
public class CoordinatorDeadlines {

    private static final String DUE = """
            update pakn_unit set deadline = cast(?2 as timestamptz), remind_at = cast(?3 as timestamptz),
                answered_at = case when cast(?4 as boolean) then null else answered_at end
            where pakn_id = ?1 and active and role = 'COORDINATING' and (cast(?4 as boolean) or answered_at is null)""";

    private static final String ANSWERED = """
            update pakn_unit set answered_at = coalesce(answered_at, ?3), remind_at = null
            where pakn_id = ?1 and unit_id = ?2 and active and role = 'COORDINATING'""";

    private final StepDeadlines steps;
    private final PaknConfig config;

    CoordinatorDeadlines(StepDeadlines steps, PaknConfig config) {
        this.steps = steps;
        this.config = config;
    }

    /**
     * The main deadline is {@code mainDeadline} (null: the clock stopped) from {@code at}: the coordinators that owe
     * an opinion get their sub-deadline inside it; {@code assigned}: the coordinators were (re)assigned and all owe
     * a new opinion.
     */
    public Uni<Void> mainDeadlineSet(long paknId, Instant at, Instant mainDeadline, boolean assigned) {
        Instant sub = mainDeadline == null ? null : steps.dueSoonAt(at, mainDeadline);
        Instant remindAt = sub == null ? null : steps.remindAt(at, sub, config.deadlines().reminderLead());
        return Panache.getSession().chain(s -> s.createNativeQuery(DUE).setParameter(1, paknId).setParameter(2, sub)
                .setParameter(3, remindAt).setParameter(4, assigned).executeUpdate()).replaceWithVoid();
    }

    /** The unit gave its opinion; does nothing when it is not an active coordinating unit of the item. */
    public Uni<Void> answered(long paknId, long unitId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ANSWERED).setParameter(1, paknId)
                .setParameter(2, unitId).setParameter(3, at).executeUpdate()).replaceWithVoid();
    }
}
