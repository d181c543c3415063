package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.pakn.common.config.PaknConfig;

/**
 * Reminds each coordinating unit that still owes its opinion once per sub-deadline, when its {@code remind_at} has
 * passed: the officers of the unit who may give it (specialists and leaders) get the COORDINATOR_REMINDER message
 * through the outbox in the chunk's transaction; the deadline_event row with the unit makes a second reminder of the
 * same sub-deadline impossible, whichever instance tries. A reminder due after its sub-deadline (downtime), of an
 * answered or closed item's unit, is dropped.
 */
@ApplicationScoped
class CoordinatorReminderSweep {

    private static final String CHUNK = """
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
            values()));

    private final Pool pool;
    private final PaknConfig config;
    private final String zone;

    CoordinatorReminderSweep(Pool pool, PaknConfig config) {
        this.pool = pool;
        this.config = config;
        this.zone = config.zone().getId();
    }

    /** Coordinating units reminded, and the messages enqueued. */
    Uni<Chunk> run(OffsetDateTime now) {
        int size = config.deadlines().sweepChunk();
        return Chunk.repeatWhileFull(size, () -> pool.preparedQuery(CHUNK).execute(Tuple.of(now, size, zone))
                .map(Chunk::of));
    }

    private static Map<String, String> values() {
        return Map.of("code", "r.code", "title", "r.title", "deadline", MessageSql.dateTime("r.deadline", "$3"));
    }
}
