package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.deadline.CalendarService;
import vn.pakn.deadline.StepDeadlines;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;
import vn.pakn.workflow.StepOfficers;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;

/**
 * Moves open items whose deadline has passed (Trễ hạn: the progress sweep, which runs first, marked them; V49 indexes
 * only those) at a step that escalates one level up the process's chain (Xử lý chuyên ngành → Lãnh đạo sở ban ngành
 * → VP UBND Tỉnh), as the manual's "Task AutoComplete System" does: new step, status Chờ xử lý, no handler, the new
 * step's deadline in working time, a history entry, an ESCALATED message to the new step's officers, a new version
 * (an officer's open form on the old one becomes stale), and the coordinating units that still owe an opinion a
 * sub-deadline inside the new deadline.
 *
 * <p>Each chunk is one statement, hence one transaction: it claims its items with SKIP LOCKED, so that instances
 * share the work, and writes each item's ESCALATION deadline_event first: an item moves only when its event was
 * new, so the event's unique key (item, kind, deadline) lets a deadline escalate once. (An anti-join against the
 * events instead was planned, while the table's statistics still said "small", as a scan of every event per item:
 * each chunk of a catch-up took longer than the one before.) The items whose event was new are read as they were
 * (claimed: materialized, because inlined it let the planner start from the categories and read every item of each;
 * locked again, a no-op for this transaction, so that it reads the version due locked, not the statement's snapshot).
 * Each step of the statement reads the one before it alone, or joins tables through an index: the planner cannot
 * know how many rows a data-modifying CTE yields, and a nested loop between two large CTEs would be quadratic.
 */
@ApplicationScoped
class EscalationSweep {

    private static final String ROUTES = """
            select s.id, t.id, c.id,
                   (select d.working_minutes from step_duration d
                    where d.process_step_id = t.id and (d.category_id = c.id or d.category_id is null)
                    order by d.category_id nulls last limit 1)
            from process_step s
            join process_step t on t.id = s.escalates_to_id
            cross join category c""";

    private static final String CHUNK = """
            with due as (
                select p.id, p.deadline
                from pakn p
                where p.current_step_id = any($8::bigint[]) and p.deadline <= $1 and p.progress = '%11$s'
                  and p.category_id = any($3::bigint[])
                limit $9
                for update skip locked),
            event as (
                insert into deadline_event (id, pakn_id, kind, deadline, occurred_at)
                select nextval('deadline_event_seq'), d.id, 'ESCALATION', d.deadline, $1 from due d
                on conflict on constraint deadline_event_once do nothing
                returning pakn_id),
            claimed as materialized (
                select d.id, d.current_step_id, d.category_id, d.status, d.progress, d.deadline, d.handler_id
                from event e join pakn d on d.id = e.pakn_id
                for update of d),
            moved as (
                update pakn p
                set current_step_id = plan.to_step_id, status = '%1$s', handler_id = null, deadline = plan.deadline,
                    deadline_started_at = case when plan.deadline is not null then $1 end,
                    due_soon_at = plan.due_soon_at, remind_at = plan.remind_at,
                    progress = case when plan.deadline is null then '%2$s' else '%3$s' end,
                    version = p.version + 1, updated_at = $1
                from claimed d
                join unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::timestamptz[], $6::timestamptz[],
                            $7::timestamptz[], $15::timestamptz[])
                       as plan(from_step_id, category_id, to_step_id, deadline, due_soon_at, remind_at,
                               coordinators_remind_at)
                  on plan.from_step_id = d.current_step_id and plan.category_id = d.category_id
                join process_step old_step on old_step.id = d.current_step_id
                join process_step new_step on new_step.id = plan.to_step_id
                left join account handler on handler.id = d.handler_id
                where p.id = d.id
                returning p.id as pakn_id, p.code, p.title, p.main_unit_id, p.status, p.progress, p.deadline,
                          nextval('pakn_history_seq') as history_id, new_step.name as step_name, new_step.role,
                          new_step.assignee_level, new_step.kind, old_step.name as old_step_name,
                          d.status as old_status, d.progress as old_progress, d.deadline as old_deadline,
                          handler.full_name as old_handler, plan.due_soon_at as sub_deadline,
                          plan.coordinators_remind_at),
            sub_deadline as (
                update pakn_unit u set deadline = m.sub_deadline, remind_at = m.coordinators_remind_at
                from moved m
                where u.pakn_id = m.pakn_id and u.active and u.role = 'COORDINATING' and u.answered_at is null),
            entry as (
                insert into pakn_history (id, pakn_id, actor_label, action, occurred_at, changes)
                select m.history_id, m.pakn_id, $10, $11, $1,
                       to_jsonb(array_remove(array[
                           history_change_if_changed('%4$s', m.old_handler, null),
                           history_change_if_changed('%5$s', m.old_step_name, m.step_name),
                           history_change_if_changed('%6$s',
                               ($13::text[])[array_position($12::text[], 'progress:' || m.old_progress)],
                               ($13::text[])[array_position($12::text[], 'progress:' || m.progress)]),
                           history_change_if_changed('%7$s',
                               to_char(m.old_deadline at time zone $14, 'DD/MM/YYYY HH24:MI:SS'),
                               to_char(m.deadline at time zone $14, 'DD/MM/YYYY HH24:MI:SS')),
                           history_change_if_changed('%8$s',
                               ($13::text[])[array_position($12::text[], 'status:' || m.old_status)],
                               ($13::text[])[array_position($12::text[], 'status:' || m.status)])], null))
                from moved m),
            target as (
                select * from moved),
            %9$s,
            message as (
                %10$s)
            select (select count(*) from due)::int, (select count(*) from moved)::int, (select count(*) from message)::int
            """.formatted(PaknStatus.WAITING.name(), Progress.LATE.name(), Progress.NOT_DUE.name(),
            HistoryField.HANDLER.name(), HistoryField.STEP.name(), HistoryField.PROGRESS.name(),
            HistoryField.DEADLINE.name(), HistoryField.STATUS.name(), StepOfficers.CTE,
            MessageSql.outbox("escalation", "officer", "o",
                    "(select subject, body from message_template where code = 'ESCALATED') t", "o.old_deadline",
                    values()), Progress.OVERDUE.name());

    private final Pool pool;
    private final CalendarService calendars;
    private final StepDeadlines stepDeadlines;
    private final PaknConfig config;
    private final Clock clock;
    private final String[] labelCodes;
    private final String[] labelTexts;

    EscalationSweep(Pool pool, CalendarService calendars, StepDeadlines stepDeadlines, PaknConfig config,
            Clock clock) {
        this.pool = pool;
        this.calendars = calendars;
        this.stepDeadlines = stepDeadlines;
        this.config = config;
        this.clock = clock;
        List<String> codes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Arrays.stream(PaknStatus.values()).forEach(s -> {
            codes.add("status:" + s.name());
            texts.add(s.label());
        });
        Arrays.stream(Progress.values()).forEach(p -> {
            codes.add("progress:" + p.name());
            texts.add(p.label());
        });
        this.labelCodes = codes.toArray(String[]::new);
        this.labelTexts = texts.toArray(String[]::new);
    }

    /** Items escalated, and the messages enqueued. */
    Uni<Chunk> run() {
        return routes().flatMap(routes -> routes.isEmpty() ? Uni.createFrom().item(Chunk.NONE)
                : calendars.calendar().flatMap(calendar -> Chunk.repeat(config.deadlines(), () -> {
                    Instant now = clock.instant();
                    return chunk(now, EscalationPlan.of(routes, calendar, now, stepDeadlines,
                            config.deadlines().reminderLead()));
                })));
    }

    private Uni<Chunk> chunk(Instant now, EscalationPlan plan) {
        Tuple params = Tuple.from(Arrays.asList(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), plan.fromSteps(),
                plan.categories(), plan.toSteps(), plan.deadlines(), plan.dueSoon(), plan.remind(),
                plan.escalatingSteps(), config.deadlines().sweepChunk(), PaknHistory.SYSTEM_ACTOR,
                WorkflowAction.ESCALATE.code(), labelCodes, labelTexts, config.zone().getId(),
                plan.coordinatorsRemind()));
        return pool.preparedQuery(CHUNK).execute(params).map(Chunk::of);
    }

    private Uni<List<EscalationPlan.Route>> routes() {
        return pool.query(ROUTES).execute().map(rows -> {
            List<EscalationPlan.Route> routes = new ArrayList<>();
            rows.forEach(row -> routes.add(new EscalationPlan.Route(row.getLong(0), row.getLong(2), row.getLong(1),
                    row.getInteger(3))));
            return routes;
        });
    }

    private static Map<String, String> values() {
        return Map.of("code", "o.code", "title", "o.title", "unit", "o.step_name",
                "deadline", MessageSql.dateTime("o.deadline", "$14"));
    }
}
