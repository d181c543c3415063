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
 * the recipient's open pages (see {@link NotificationStream}).
 */
@ApplicationScoped
public class InAppSender implements Sender {

    static final String PG_CHANNEL = "pakn_notification";

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
        return pool.withTransaction(connection -> connection.preparedQuery("""
                insert into notification (id, account_id, outbox_id, title, body, link, created_at)
                values (nextval('notification_seq'), $1, $2, $3, $4, $5, $6)
                on conflict (outbox_id) do nothing""")
                .execute(Tuple.of(message.accountId(), message.id(), message.subject(), message.body(),
                        message.link(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .flatMap(inserted -> connection.preparedQuery("select pg_notify($1, $2)")
                        .execute(Tuple.of(PG_CHANNEL, String.valueOf(message.accountId())))))
                .replaceWithVoid();
    }
}
