package vn.pakn.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import vn.pakn.common.paging.PageResponse;

/**
 * Lists audit events newest first. The order matches audit_event_time_idx (or the actor / action indexes when
 * those filters are set); the total is counted only up to {@link #COUNT_CAP}.
 */
@ApplicationScoped
public class AuditQuery {

    static final int COUNT_CAP = 10_000;

    public record Filter(AuditAction action, Long actorId, Instant from, Instant to) {
    }

    private final Pool pool;

    AuditQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<PageResponse<AuditEventView>> list(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.action() != null) {
            params.add(filter.action().name());
            where.append(" and action = $").append(params.size());
        }
        if (filter.actorId() != null) {
            params.add(filter.actorId());
            where.append(" and actor_id = $").append(params.size());
        }
        if (filter.from() != null) {
            params.add(utc(filter.from()));
            where.append(" and occurred_at >= $").append(params.size());
        }
        if (filter.to() != null) {
            params.add(utc(filter.to()));
            where.append(" and occurred_at < $").append(params.size());
        }
        String count = "select count(*) from (select 1 from audit_event" + where + " limit " + (COUNT_CAP + 1) + ") t";
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        String select = "select id, occurred_at, action, actor_id, actor_label, target_type, target_id, ip,"
                + " user_agent, details from audit_event" + where + " order by occurred_at desc, id desc"
                + " limit $" + (params.size() + 1) + " offset $" + (params.size() + 2);
        return pool.preparedQuery(select).execute(Tuple.from(pageParams))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(AuditQuery::view).toList())
                .flatMap(items -> pool.preparedQuery(count).execute(Tuple.from(params)).map(rows -> {
                    long total = rows.iterator().next().getLong(0);
                    return new PageResponse<>(items, page, size, Math.min(total, COUNT_CAP), total <= COUNT_CAP);
                }));
    }

    private static AuditEventView view(Row row) {
        JsonObject details = row.getJsonObject("details");
        return new AuditEventView(row.getLong("id"), row.getOffsetDateTime("occurred_at").toInstant(),
                AuditAction.valueOf(row.getString("action")), row.getLong("actor_id"), row.getString("actor_label"),
                row.getString("target_type"), row.getString("target_id"), row.getString("ip"),
                row.getString("user_agent"), details == null ? null : details.getMap());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
