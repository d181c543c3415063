package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The bell: a notification row, and a PostgreSQL NOTIFY so that every instance can push the new unread count to
 * the recipient's open pages (see {@link NotificationStream}); one statement, so both or neither happen.
 */
@ApplicationScoped
public class InAppSender implements Sender {

    static final String PG_CHANNEL = "pakn_notification";

    private static final String INSERT = """
            with inserted as (
                insert into notification (id, account_id, outbox_id, title, body, link, created_at)
                values (nextval('notification_seq'), $1, $2, $3, $4, $5, $6)
                on conflict (outbox_id) do nothing
                returning account_id)
            select pg_notify('%s', account_id::text) from inserted""".formatted(PG_CHANNEL);

    private final Pool pool;
    private final Clock clock;

    public InAppSender(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        return pool.preparedQuery(INSERT)
                .execute(Tuple.of(message.accountId(), message.id(), message.subject(), message.body(),
                        message.link(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
