package vn.pakn.pakn.search;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Role;

/**
 * The lists "Xử lý phản ánh" (inbox) and "Tất cả phản ánh" (all), as one SQL query per page straight on the
 * reactive pool (a DTO projection), plus a count capped at {@link #COUNT_CAP} so that no page counts a million rows.
 */
@ApplicationScoped
public class PaknSearch {

    static final int COUNT_CAP = 10_000;
    /** Must stay the expression of the index pakn_search_idx, or the keyword search scans the table. */
    static final String SEARCH_TEXT = "immutable_unaccent(lower(p.title || ' ' || p.content || ' ' || p.code"
            + " || ' ' || coalesce(p.reporter_name, '') || ' ' || coalesce(p.reporter_phone, '')))";

    private final Pool pool;
    private final CurrentOfficer officer;
    private final ZoneId zone;

    PaknSearch(Pool pool, CurrentOfficer officer, PaknConfig config) {
        this.pool = pool;
        this.officer = officer;
        this.zone = config.zone();
    }

    /** Everything the officer's unit has or had; operators, the provincial office and admins: everything. */
    public Uni<PageResponse<PaknRow>> all(PaknQuery query) {
        Sql sql = new Sql();
        if (!officer.seesAllUnits()) {
            sql.where("p.id in (select pu.pakn_id from pakn_unit pu where pu.unit_id = " + sql.param(officer.unitId())
                    + ")");
        }
        return page(sql, query);
    }

    /** What the officer (or their unit) must act on now, by the inbox of the item's current step. */
    public Uni<PageResponse<PaknRow>> inbox(PaknQuery query) {
        Sql sql = new Sql();
        List<String> mine = new ArrayList<>();
        if (officer.has(Role.OPERATOR)) {
            mine.add("s.assignee_level = 'CALL_CENTER'");
        }
        if (officer.has(Role.PROVINCE_OFFICE)) {
            mine.add("s.assignee_level = 'PROVINCE_OFFICE'");
        }
        if (officer.has(Role.SPECIALIST) || officer.has(Role.LEADER)) {
            String levels = officer.has(Role.LEADER) ? "('UNIT', 'UNIT_LEADER')" : "('UNIT')";
            String unit = sql.param(officer.unitId());
            String me = sql.param(officer.accountId());
            mine.add("(s.assignee_level in " + levels + " and exists (select 1 from pakn_unit pu where pu.pakn_id = p.id"
                    + " and pu.unit_id = " + unit + " and pu.active and (pu.role = 'COORDINATING' or p.handler_id is null"
                    + " or p.handler_id = " + me + ")))");
        }
        if (mine.isEmpty()) {
            return Uni.createFrom().item(new PageResponse<>(List.of(), query.page(), query.size(), 0, true));
        }
        sql.where("(" + String.join(" or ", mine) + ")");
        return page(sql, query);
    }

    private Uni<PageResponse<PaknRow>> page(Sql sql, PaknQuery query) {
        filters(sql, query);
        String from = " from pakn p join process_step s on s.id = p.current_step_id" + sql.where();
        String rows = "select p.id, p.code, p.title, c.name as category_name, p.reported_at, p.location_text, s.name"
                + " as task, p.status, p.progress, p.deadline from pakn p join process_step s on s.id = p.current_step_id"
                + " join category c on c.id = p.category_id" + sql.where() + " order by " + query.sort().sql
                + " limit " + query.size() + " offset " + (long) (query.page() - 1) * query.size();
        String count = "select count(*) from (select 1" + from + " limit " + (COUNT_CAP + 1) + ") capped";
        Tuple params = Tuple.from(sql.params);
        return Uni.combine().all()
                .unis(pool.preparedQuery(rows).execute(params), pool.preparedQuery(count).execute(params))
                .asTuple().map(result -> {
                    List<PaknRow> items = new ArrayList<>();
                    result.getItem1().forEach(row -> items.add(row(row)));
                    long total = result.getItem2().iterator().next().getLong(0);
                    boolean exact = total <= COUNT_CAP;
                    return new PageResponse<>(items, query.page(), query.size(), exact ? total : COUNT_CAP, exact);
                });
    }

    private void filters(Sql sql, PaknQuery q) {
        if (q.q() != null && !q.q().isBlank()) {
            String pattern = "%" + q.q().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            sql.where(SEARCH_TEXT + " like immutable_unaccent(" + sql.param(pattern) + ")");
        }
        if (q.progress() != null) {
            sql.where("p.progress = " + sql.param(q.progress().name()));
        }
        if (q.channelId() != null) {
            sql.where("p.channel_id = " + sql.param(q.channelId()));
        }
        if (q.categoryId() != null) {
            sql.where("p.category_id = " + sql.param(q.categoryId()));
        }
        if (q.status() != null) {
            sql.where("p.status = " + sql.param(q.status().name()));
        }
        if (q.stepId() != null) {
            sql.where("p.current_step_id = " + sql.param(q.stepId()));
        }
        if (q.from() != null) {
            sql.where("p.reported_at >= " + sql.param(q.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (q.to() != null) {
            sql.where("p.reported_at < " + sql.param(q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
    }

    private static PaknRow row(Row row) {
        return new PaknRow(row.getLong("id"), row.getString("code"), row.getString("title"),
                row.getString("category_name"), instant(row.getOffsetDateTime("reported_at")),
                row.getString("location_text"), row.getString("task"), row.getString("status"),
                row.getString("progress"), instant(row.getOffsetDateTime("deadline")));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Conditions joined by "and", with numbered parameters. */
    private static final class Sql {
        private final List<Object> params = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();

        String param(Object value) {
            params.add(value);
            return "$" + params.size();
        }

        void where(String condition) {
            conditions.add(condition);
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
