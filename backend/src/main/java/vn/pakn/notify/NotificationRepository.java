package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.common.paging.SqlPages;

/** In-app notifications of one account (SQL on the reactive pool: the SSE stream outlives any request session). */
@ApplicationScoped
public class NotificationRepository {

    private final Pool pool;
    private final Clock clock;

    public NotificationRepository(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Long> unreadCount(long accountId) {
        return pool.preparedQuery("select count(*) from notification where account_id = $1 and read_at is null")
                .execute(Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Newest first; {@code unreadOnly} reads the partial index of unread rows, a short list. */
    public Uni<PageResponse<NotificationView>> page(long accountId, boolean unreadOnly, int page, int size) {
        String where = "where account_id = $1" + (unreadOnly ? " and read_at is null" : "");
        return SqlPages.page(pool, "select id, title, body, link, created_at, read_at from notification " + where
                + " order by created_at desc, id desc", "select 1 from notification " + where,
                Tuple.of(accountId), page, size, NotificationRepository::view);
    }

    /** Marks one notification read; false when it is not this account's. */
    public Uni<Boolean> markRead(long accountId, long id) {
        return pool.preparedQuery("update notification set read_at = coalesce(read_at, $3)"
                + " where id = $1 and account_id = $2")
                .execute(Tuple.of(id, accountId, now())).map(rows -> rows.rowCount() == 1)
                .call(found -> found ? countChanged(accountId) : Uni.createFrom().voidItem());
    }

    public Uni<Void> markAllRead(long accountId) {
        return pool.preparedQuery("update notification set read_at = $2 where account_id = $1 and read_at is null")
                .execute(Tuple.of(accountId, now())).replaceWithVoid().call(() -> countChanged(accountId));
    }

    /** The account's other open pages (on any instance) hear the new count, as after a delivery. */
    private Uni<Void> countChanged(long accountId) {
        return pool.preparedQuery("select pg_notify($1, $2)")
                .execute(Tuple.of(InAppSender.PG_CHANNEL, String.valueOf(accountId))).replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static NotificationView view(Row row) {
        return new NotificationView(row.getLong("id"), row.getString("title"), row.getString("body"),
                row.getString("link"), row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("read_at") != null);
    }
}
