package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
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
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;

/**
 * Moves open items whose deadline has passed at a step that escalates one level up the process's chain (Xử lý
 * chuyên ngành → Lãnh đạo sở ban ngành → VP UBND Tỉnh), as the manual's "Task AutoComplete System" does: new step,
 * status Chờ xử lý, no handler, the new step's deadline in working time, a history entry, an ESCALATED message to
 * the new step's officers, and a new version (an officer's open form on the old one becomes stale).
 *
 * <p>Each chunk is one statement, hence one transaction: it claims its items with SKIP LOCKED, so that instances
 * share the work, and the ESCALATION deadline_event row, unique per (item, deadline), is what lets an item move:
 * the same deadline can never escalate twice.
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
            with plan as (
                select * from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::timestamptz[], $6::timestamptz[],
                                     $7::timestamptz[])
                    as plan(from_step_id, category_id, to_step_id, deadline, due_soon_at, remind_at)),
            due as (
                select p.id, p.deadline, p.current_step_id, p.category_id, p.status, p.progress, p.handler_id
                from pakn p
                where p.current_step_id = any($8::bigint[]) and p.deadline <= $1 and p.deadline is not null
                  and p.status <> 'COMPLETED'
                limit $9
                for update skip locked),
            event as (
                insert into deadline_event (id, pakn_id, kind, deadline, occurred_at)
                select nextval('deadline_event_seq'), d.id, 'ESCALATION', d.deadline, $1
                from due d join plan on plan.from_step_id = d.current_step_id and plan.category_id = d.category_id
                on conflict on constraint deadline_event_once do nothing
                returning pakn_id),
            moved as (
                update pakn p
                set current_step_id = plan.to_step_id, status = '%1$s', handler_id = null, deadline = plan.deadline,
                    deadline_started_at = case when plan.deadline is not null then $1 end,
                    due_soon_at = plan.due_soon_at, remind_at = plan.remind_at,
                    progress = case when plan.deadline is null then '%2$s' else '%3$s' end,
                    version = p.version + 1, updated_at = $1
                from due d
                join event e on e.pakn_id = d.id
                join plan on plan.from_step_id = d.current_step_id and plan.category_id = d.category_id
                where p.id = d.id
                returning p.id, p.code, p.title, p.main_unit_id, p.current_step_id as step_id, p.status, p.progress,
                          p.deadline, d.current_step_id as old_step_id, d.status as old_status,
                          d.progress as old_progress, d.deadline as old_deadline, d.handler_id as old_handler_id),
            entry as (
                insert into pakn_history (id, pakn_id, actor_label, action, occurred_at)
                select nextval('pakn_history_seq'), m.id, $10, $11, $1 from moved m
                returning id, pakn_id),
            label as (
                select * from unnest($12::text[], $13::text[]) as label(code, text)),
            change as (
                insert into pakn_history_change (id, history_id, field, old_value, new_value, position)
                select nextval('pakn_history_change_seq'), c.history_id, c.field, c.old_value, c.new_value,
                       row_number() over (partition by c.history_id order by c.ord) - 1
                from (
                    select h.id as history_id, x.ord, x.field, x.old_value, x.new_value
                    from entry h
                    join moved m on m.id = h.pakn_id
                    join process_step old_step on old_step.id = m.old_step_id
                    join process_step new_step on new_step.id = m.step_id
                    left join account handler on handler.id = m.old_handler_id
                    left join label old_progress on old_progress.code = 'progress:' || m.old_progress
                    left join label new_progress on new_progress.code = 'progress:' || m.progress
                    left join label old_status on old_status.code = 'status:' || m.old_status
                    left join label new_status on new_status.code = 'status:' || m.status
                    cross join lateral (values
                        (1, '%4$s', handler.full_name, null),
                        (2, '%5$s', old_step.name, new_step.name),
                        (3, '%6$s', old_progress.text, new_progress.text),
                        (4, '%7$s', to_char(m.old_deadline at time zone $14, 'DD/MM/YYYY HH24:MI:SS'),
                                    to_char(m.deadline at time zone $14, 'DD/MM/YYYY HH24:MI:SS')),
                        (5, '%8$s', old_status.text, new_status.text)
                    ) as x(ord, field, old_value, new_value)
                    where x.old_value is distinct from x.new_value) c),
            target as (
                select id as pakn_id, step_id, main_unit_id from moved),
            %9$s,
            notice as (
                select m.id, %10$s as deadline_key, %11$s as subject, %12$s as body
                from moved m
                join process_step s on s.id = m.step_id
                cross join (select subject, body from message_template where code = 'ESCALATED') t),
            message as (
                insert into outbox_message (id, message_key, channel, recipient_account_id, recipient_address, subject,
                                            body, link, next_attempt_at, created_at)
                select nextval('outbox_message_seq'),
                       'escalation:' || n.id || ':' || n.deadline_key || ':' || o.account_id || ':' || channel.name,
                       channel.name, o.account_id, case channel.name when 'SMS' then o.phone end,
                       n.subject, n.body, '/pakn/' || n.id, $1, $1
                from officer o join notice n on n.id = o.pakn_id cross join %13$s
                on conflict (message_key) do nothing
                returning 1)
            select (select count(*) from due)::int, (select count(*) from moved)::int, (select count(*) from message)::int
            """.formatted(PaknStatus.WAITING.name(), Progress.LATE.name(), Progress.NOT_DUE.name(),
            HistoryField.HANDLER.name(), HistoryField.STEP.name(), HistoryField.PROGRESS.name(),
            HistoryField.DEADLINE.name(), HistoryField.STATUS.name(), StepOfficers.CTES,
            MessageSql.deadlineKey("m.old_deadline"), MessageSql.render("t.subject", values()),
            MessageSql.render("t.body", values()), MessageSql.CHANNELS);

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
        int size = config.deadlines().sweepChunk();
        return routes().flatMap(routes -> routes.isEmpty() ? Uni.createFrom().item(new Chunk(0, 0, 0))
                : calendars.calendar().flatMap(calendar -> Chunk.repeat(size, () -> {
                    Instant now = clock.instant();
                    return chunk(now, EscalationPlan.of(routes, calendar, now, stepDeadlines,
                            config.deadlines().reminderLead()));
                })));
    }

    private Uni<Chunk> chunk(Instant now, EscalationPlan plan) {
        Tuple params = Tuple.from(Arrays.asList(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), plan.fromSteps(),
                plan.categories(), plan.toSteps(), plan.deadlines(), plan.dueSoon(), plan.remind(),
                plan.escalatingSteps(), config.deadlines().sweepChunk(), PaknHistory.SYSTEM_ACTOR,
                WorkflowAction.ESCALATE.code(), labelCodes, labelTexts, config.zone().getId()));
        return pool.preparedQuery(CHUNK).execute(params).map(rows -> {
            Row row = rows.iterator().next();
            return new Chunk(row.getInteger(0), row.getInteger(1), row.getInteger(2));
        });
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
        return Map.of("code", "m.code", "title", "m.title", "unit", "s.name",
                "deadline", MessageSql.dateTime("m.deadline", "$14"));
    }
}
