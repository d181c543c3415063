package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import vn.pakn.common.config.PaknConfig;

/**
 * Keeps Tiến độ of open items true as time passes, so that lists filter on the stored column: Chưa đến hạn turns
 * Sắp đến hạn at {@code due_soon_at}, and an item whose deadline has passed turns Trễ hạn. The version does not
 * move: progress is the clock's, not an officer's, and must not make an officer's open form stale.
 */
@ApplicationScoped
class ProgressSweep {

    private static final String DUE_SOON = """
            with due as (
                select id from pakn
                where due_soon_at <= $1
                order by due_soon_at, id
                limit $2
                for update skip locked)
            update pakn p
            set progress = case when p.progress = 'NOT_DUE' then 'DUE_SOON' else p.progress end, due_soon_at = null
            from due
            where p.id = due.id""";

    private static final String OVERDUE = """
            with due as (
                select id from pakn
                where deadline <= $1 and progress in ('NOT_DUE', 'DUE_SOON') and status <> 'COMPLETED'
                order by deadline, id
                limit $2
                for update skip locked)
            update pakn p
            set progress = 'OVERDUE', due_soon_at = null
            from due
            where p.id = due.id""";

    private final Pool pool;
    private final PaknConfig config;

    ProgressSweep(Pool pool, PaknConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Items whose progress changed. */
    Uni<Integer> run(OffsetDateTime now) {
        return chunks(DUE_SOON, now).flatMap(dueSoon -> chunks(OVERDUE, now).map(overdue -> dueSoon + overdue));
    }

    private Uni<Integer> chunks(String sql, OffsetDateTime now) {
        int size = config.deadlines().sweepChunk();
        return Chunk.repeatWhileFull(config.deadlines(), () -> pool.preparedQuery(sql).execute(Tuple.of(now, size))
                .map(rows -> new Chunk(rows.rowCount(), rows.rowCount(), 0)))
                .map(Chunk::done);
    }
}
