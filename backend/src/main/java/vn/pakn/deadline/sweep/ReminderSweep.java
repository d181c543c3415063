package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.workflow.StepOfficers;

/**
 * Reminds the handler (or, while nobody has claimed the item, the officers of its step) once per deadline, when its
 * {@code remind_at} has passed: the REMINDER message goes through the outbox in the chunk's transaction, and the
 * deadline_event row makes a second reminder of the same deadline impossible, whichever instance tries. A reminder
 * that falls due after its deadline (downtime) is dropped: the item is already Trễ hạn. When the deadline is the one
 * an approved appointment set, the message carries that appointment's reminder text (Nội dung nhắc).
 *
 * <p>Coordinating units that still owe their opinion are reminded the same way, once per sub-deadline, when their
 * {@code pakn_unit.remind_at} has passed: the officers of the unit who may give it (specialists and leaders) get
 * COORDINATOR_REMINDER; the deadline_event row carries the unit. A reminder of an answered or closed item's unit,
 * or due after its sub-deadline, is dropped.
 */
@ApplicationScoped
class ReminderSweep {

    private static final String ITEMS = """
            with due as (
                select p.id, p.deadline, p.status
                from pakn p
                where p.remind_at <= $1
                order by p.remind_at, p.id
                limit $2
                for update skip locked),
            cleared as (
                update pakn p set remind_at = null from due d where p.id = d.id),
            event as (
                insert into deadline_event (id, pakn_id, kind, deadline, occurred_at)
                select nextval('deadline_event_seq'), d.id, 'REMINDER', d.deadline, $1
                from due d
                where d.deadline > $1 and d.status <> 'COMPLETED'
                on conflict on constraint deadline_event_once do nothing
                returning pakn_id),
            reminded as (
                select p.id as pakn_id, p.code, p.title, p.deadline, p.handler_id, p.main_unit_id, s.role,
                       s.assignee_level, s.kind,
                       case when p.deadline_extended then
                           (select a.reminder_text from appointment a
                            where a.pakn_id = p.id and a.state = 'APPROVED' and a.new_deadline = p.deadline
                            order by a.decided_at desc limit 1) end as reminder_text
                from pakn p join process_step s on s.id = p.current_step_id
                where p.id in (select pakn_id from event)),
            target as (
                select * from reminded where handler_id is null),
            %s,
            recipient as (
                select * from officer
                union all
                select r.*, a.id, a.phone from reminded r join account a on a.id = r.handler_id and a.enabled),
            message as (
                %s)
            select (select count(*) from due)::int, (select count(*) from event)::int, (select count(*) from message)::int
            """.formatted(StepOfficers.CTE, MessageSql.outbox("reminder", "recipient", "r", """
                    lateral (select subject, body from message_template
                             where code = case when r.reminder_text is null then 'REMINDER'
                                               else 'APPOINTMENT_REMINDER' end) t""", "r.deadline", values()));

    private static final String COORDINATORS = """
            with due as (
                select u.pakn_id, u.unit_id, u.deadline, u.active, u.answered_at
                from pakn_unit u
                where u.remind_at <= $1
                order by u.remind_at, u.pakn_id, u.unit_id
                limit $2
                for update skip locked),
            cleared as (
                update pakn_unit u set remind_at = null from due d where u.pakn_id = d.pakn_id and u.unit_id = d.unit_id),
            event as (
                insert into deadline_event (id, pakn_id, unit_id, kind, deadline, occurred_at)
                select nextval('deadline_event_seq'), d.pakn_id, d.unit_id, 'REMINDER', d.deadline, $1
                from due d join pakn p on p.id = d.pakn_id
                where d.deadline > $1 and d.active and d.answered_at is null and p.status <> 'COMPLETED'
                on conflict on constraint deadline_event_once do nothing
                returning pakn_id, unit_id, deadline),
            recipient as (
                select p.id as pakn_id, p.code, p.title, e.deadline, a.id as account_id, a.phone
                from event e
                join pakn p on p.id = e.pakn_id
                join account a on a.unit_id = e.unit_id and a.enabled
                where (',' || a.roles || ',') ~ ',(SPECIALIST|LEADER),'),
            message as (
                %s)
            select (select count(*) from due)::int, (select count(*) from event)::int, (select count(*) from message)::int
            """.formatted(MessageSql.outbox("coordinator-reminder", "recipient", "r",
            "(select subject, body from message_template where code = 'COORDINATOR_REMINDER') t", "r.deadline",
            unitValues()));

    private final Pool pool;
    private final PaknConfig config;
    private final String zone;

    ReminderSweep(Pool pool, PaknConfig config) {
        this.pool = pool;
        this.config = config;
        this.zone = config.zone().getId();
    }

    /** Items reminded, and the messages enqueued. */
    Uni<Chunk> items(OffsetDateTime now) {
        return chunks(ITEMS, now);
    }

    /** Coordinating units reminded, and the messages enqueued. */
    Uni<Chunk> coordinators(OffsetDateTime now) {
        return chunks(COORDINATORS, now);
    }

    private Uni<Chunk> chunks(String sql, OffsetDateTime now) {
        int size = config.deadlines().sweepChunk();
        return Chunk.repeatWhileFull(config.deadlines(), () -> pool.preparedQuery(sql)
                .execute(Tuple.of(now, size, zone)).map(Chunk::of));
    }

    /** The placeholders of the coordinators' reminder. */
    private static Map<String, String> unitValues() {
        return Map.of("code", "r.code", "title", "r.title", "deadline", MessageSql.dateTime("r.deadline", "$3"));
    }

    /** The items' reminder also has the appointment's text. */
    private static Map<String, String> values() {
        Map<String, String> values = new HashMap<>(unitValues());
        values.put("text", "r.reminder_text");
        return values;
    }
}
