package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.pakn.common.config.PaknConfig;

/**
 * Reminds the handler (or, while nobody has claimed the item, the officers of its step) once per deadline, when its
 * {@code remind_at} has passed: the REMINDER message goes through the outbox in the chunk's transaction, and the
 * deadline_event row makes a second reminder of the same deadline impossible, whichever instance tries. A reminder
 * that falls due after its deadline (downtime) is dropped: the item is already Trễ hạn.
 */
@ApplicationScoped
class ReminderSweep {

    private static final String CHUNK = """
            with due as (
                select p.id, p.code, p.title, p.deadline, p.status, p.handler_id, p.main_unit_id, p.current_step_id
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
                select d.* from due d join event e on e.pakn_id = d.id),
            target as (
                select id as pakn_id, current_step_id as step_id, main_unit_id from reminded where handler_id is null),
            %s,
            recipient as (
                select pakn_id, account_id, phone from officer
                union all
                select r.id, a.id, a.phone from reminded r join account a on a.id = r.handler_id and a.enabled),
            notice as (
                select r.id, %s as deadline_key, %s as subject, %s as body
                from reminded r cross join (select subject, body from message_template where code = 'REMINDER') t),
            message as (
                insert into outbox_message (id, message_key, channel, recipient_account_id, recipient_address, subject,
                                            body, link, next_attempt_at, created_at)
                select nextval('outbox_message_seq'),
                       'reminder:' || n.id || ':' || n.deadline_key || ':' || rc.account_id || ':' || channel.name,
                       channel.name, rc.account_id, case channel.name when 'SMS' then rc.phone end,
                       n.subject, n.body, '/pakn/' || n.id, $1, $1
                from recipient rc join notice n on n.id = rc.pakn_id cross join %s
                on conflict (message_key) do nothing
                returning 1)
            select (select count(*) from due)::int, (select count(*) from event)::int, (select count(*) from message)::int
            """.formatted(StepOfficers.CTES, MessageSql.deadlineKey("r.deadline"),
            MessageSql.render("t.subject", values()), MessageSql.render("t.body", values()), MessageSql.CHANNELS);

    private final Pool pool;
    private final PaknConfig config;
    private final String zone;

    ReminderSweep(Pool pool, PaknConfig config) {
        this.pool = pool;
        this.config = config;
        this.zone = config.zone().getId();
    }

    /** Items reminded, and the messages enqueued. */
    Uni<Chunk> run(OffsetDateTime now) {
        int size = config.deadlines().sweepChunk();
        return Chunk.repeatWhileFull(size, () -> pool.preparedQuery(CHUNK).execute(Tuple.of(now, size, zone))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Chunk(row.getInteger(0), row.getInteger(1), row.getInteger(2));
                }));
    }

    private static Map<String, String> values() {
        return Map.of("code", "r.code", "title", "r.title", "deadline", MessageSql.dateTime("r.deadline", "$3"));
    }
}
