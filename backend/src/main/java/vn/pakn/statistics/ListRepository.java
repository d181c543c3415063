package vn.pakn.statistics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.common.config.PaknConfig;

/**
 * The list report (Danh sách) straight from pakn, newest first by default. Each filter has an index that starts with
 * it and ends with (reported_at desc, id desc): pakn_all_idx, pakn_main_unit_report_idx, pakn_category_idx,
 * pakn_channel_idx, pakn_status_idx; the other orders walk pakn_title_sort_idx, pakn_deadline_sort_idx or the
 * code's unique index and filter on the way.
 */
@ApplicationScoped
public class ListRepository {

    /** The columns of a list row; {@code hidden} tells whether the reporter's name and phone must be withheld. */
    static final String COLUMNS = "p.id, p.code, p.reporter_name, p.reporter_phone, ru.name as reported_unit_name,"
            + " p.title, p.location_text, p.reported_at, c.name as category_name, ch.name as channel_name,"
            + " p.identity_disclosed, p.status, mu.name as main_unit_name, p.deadline, p.progress,"
            + " (select max(h.occurred_at) from pakn_history h where h.pakn_id = p.id and h.action = 'complete')"
            + " as completed_at, p.rating";
    static final String FROM = " from pakn p join category c on c.id = p.category_id"
            + " join channel ch on ch.id = p.channel_id left join unit ru on ru.id = p.reported_unit_id"
            + " left join unit mu on mu.id = p.main_unit_id";

    private final Pool pool;
    private final ZoneId zone;

    ListRepository(Pool pool, PaknConfig config) {
        this.pool = pool;
        this.zone = config.zone();
    }

    Uni<List<ListRow>> page(ListQuery query, boolean seesHiddenReporters) {
        Conditions where = Conditions.of(query, zone);
        String sql = "select " + COLUMNS + FROM + where.sql() + " order by " + query.sort().sql() + " limit "
                + query.size() + " offset " + (long) (query.page() - 1) * query.size();
        return pool.preparedQuery(sql).execute(Tuple.from(where.params())).map(rows -> {
            List<ListRow> items = new ArrayList<>();
            rows.forEach(row -> items.add(ListRows.of(new ListRows.Source() {
                @Override
                public Object get(String column) {
                    Object value = row.getValue(column);
                    return value instanceof OffsetDateTime time ? time.toInstant() : value;
                }
            }, seesHiddenReporters)));
            return items;
        });
    }

    /** Counts the rows (capped) when the rollup cannot: a filter on progress. */
    Uni<Long> count(ListQuery query, long cap) {
        Conditions where = Conditions.of(query, zone);
        return pool.preparedQuery("select count(*) from (select 1 from pakn p" + where.sql() + " limit " + cap
                + ") capped").execute(Tuple.from(where.params())).map(rows -> rows.iterator().next().getLong(0));
    }
}
