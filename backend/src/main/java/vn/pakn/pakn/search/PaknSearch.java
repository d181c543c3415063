package vn.pakn.pakn.search;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
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
import vn.pakn.pakn.PaknAccess;
import vn.pakn.unit.Role;

/**
 * The lists "Xử lý phản ánh" (inbox) and "Tất cả phản ánh" (all), as one SQL query per page straight on the
 * reactive pool (a DTO projection). Pages are read by number up to the counting cap and by keyset cursor beyond
 * it, so that a deep page costs what the first does. Totals: a page that is not full tells its own; otherwise a count
 * capped at {@link #COUNT_CAP} — except for keyword searches the planner expects to match at least
 * {@link #ESTIMATE_FROM} rows, which report its estimate ({@link KeywordEstimates}): counting even a thousand of
 * those walks the trigram index over every candidate (≈ 130 ms for a common phrase in a million rows), while the
 * page itself needs only the first.
 */
@ApplicationScoped
public class PaknSearch {

    public static final int COUNT_CAP = 10_000;
    static final int ESTIMATE_FROM = 1_000;
    /** The keyword pattern's normal form, as pakn_search stores the text (see V39). */
    static final String NORMAL = "search_normal(%s)";
    private static final String JOIN_STEP = " join process_step s on s.id = p.current_step_id";
    private static final String JOIN_SEARCH = " join pakn_search ps on ps.pakn_id = p.id";
    private static final String COLUMNS = "p.id, p.code, p.title, p.category_id, p.current_step_id, p.reported_at,"
            + " p.location_text, p.status, p.progress, p.deadline";
    /**
     * The category's and the step's names, read for the rows of the page only (outside the query that skips the
     * offset); as joins they doubled the planning of a keyword search (≈ 0.5 ms of its ≈ 3 ms in the database,
     * planned anew for each keyword).
     */
    private static final String NAMES = "(select c.name from category c where c.id = p.category_id) as category_name,"
            + " (select st.name from process_step st where st.id = p.current_step_id) as task";

    private final Pool pool;
    private final CurrentOfficer officer;
    private final PaknAccess access;
    private final KeywordEstimates estimates;
    private final ZoneId zone;

    PaknSearch(Pool pool, CurrentOfficer officer, PaknAccess access, KeywordEstimates estimates, PaknConfig config) {
        this.pool = pool;
        this.officer = officer;
        this.access = access;
        this.estimates = estimates;
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
            // a coordinating unit until it has given its opinion; the main unit's items nobody else holds, and a leader
            // also the results of the unit's items that a specialist holds, to approve
            String toApprove = officer.has(Role.LEADER) ? " or pu.role = 'MAIN' and p.result_content is not null"
                    + " and not p.result_approved and exists (select 1 from unit u where u.id = pu.unit_id"
                    + " and u.requires_result_approval)" : "";
            mine.add("(s.assignee_level in " + levels + " and exists (select 1 from pakn_unit pu"
                    + " where pu.pakn_id = p.id and pu.unit_id = " + unit + " and pu.active"
                    + " and (pu.role = 'COORDINATING' and pu.answered_at is null"
                    + " or pu.role = 'MAIN' and (p.handler_id is null or p.handler_id = " + me + ")"
                    + toApprove + ")))");
        }
        if (mine.isEmpty()) {
            return Uni.createFrom().item(new PageResponse<>(List.of(), query.page(), query.size(), 0, true));
        }
        sql.where("(" + String.join(" or ", mine) + ")");
        sql.step = true;
        return page(sql, query);
    }

    private Uni<PageResponse<PaknRow>> page(Sql sql, PaknQuery query) {
        boolean keyword = filters(sql, query);
        String joins = keyword ? JOIN_SEARCH : "";
        String where = sql.where();
        List<Object> filterValues = new ArrayList<>(sql.params);
        Tuple filterParams = Tuple.from(filterValues);
        long offset = query.after() == null ? (long) (query.page() - 1) * query.size() : 0;
        if (query.after() != null) {
            String value = query.after().value() == null ? null : sql.param(query.after().value());
            sql.where(query.sort().after(query.after(), value, sql.param(query.after().id())));
        }
        String from = " from pakn p" + (sql.step ? JOIN_STEP : "") + joins + where;
        String rows = "select p.id, p.code, p.title, " + NAMES + ", p.reported_at, p.location_text, p.status,"
                + " p.progress, p.deadline from (select " + COLUMNS + " from pakn p" + (sql.step ? JOIN_STEP : "")
                + joins + sql.where() + " order by " + query.sort().sql() + " limit " + sql.param(query.size() + 1L)
                + " offset " + sql.param(offset) + ") p order by " + query.sort().sql();
        // a keyword search's estimate does not depend on the page: planned while the rows are read
        Uni<Long> planned = keyword ? estimates.of(from, filterValues, () -> planRows(from, filterParams))
                : Uni.createFrom().item(0L);
        return Uni.combine().all().unis(pool.preparedQuery(rows).execute(Tuple.from(sql.params)), planned).asTuple()
                .chain(both -> answer(both.getItem1(), both.getItem2(), query, offset, from, filterParams));
    }

    /** The page, and its total unless the page itself tells it (see the class comment). */
    private Uni<PageResponse<PaknRow>> answer(RowSet<Row> result, long estimate, PaknQuery query, long offset,
            String from, Tuple filterParams) {
        List<PaknRow> items = new ArrayList<>(query.size() + 1);
        result.forEach(row -> items.add(row(row)));
        String next = null;
        if (items.size() > query.size()) {
            items.remove(query.size());
            next = PaknCursor.of(query.sort(), items.get(items.size() - 1));
        }
        if (query.after() == null && next == null && (offset == 0 || !items.isEmpty())) {
            return Uni.createFrom().item(new PageResponse<>(items, query.page(), query.size(),
                    offset + items.size(), true, false, null));
        }
        String nextCursor = next;
        Uni<Total> total = estimate >= ESTIMATE_FROM ? Uni.createFrom().item(new Total(estimate, false, true))
                : count(from, filterParams);
        return total.map(t -> new PageResponse<>(items, query.page(), query.size(), t.value, t.exact, t.estimated,
                nextCursor));
    }

    private record Total(long value, boolean exact, boolean estimated) {
    }

    private Uni<Total> count(String from, Tuple params) {
        return pool.preparedQuery("select count(*) from (select 1" + from + " limit " + (COUNT_CAP + 1) + ") capped")
                .execute(params).map(rows -> {
                    long total = rows.iterator().next().getLong(0);
                    return total <= COUNT_CAP ? new Total(total, true, false) : new Total(COUNT_CAP, false, false);
                });
    }

    /** The planner's estimate of the rows the filters select. */
    private Uni<Long> planRows(String from, Tuple params) {
        return pool.preparedQuery("explain (format json) select 1" + from).execute(params).map(PaknSearch::planRows);
    }

    private static long planRows(RowSet<Row> plan) {
        Object value = plan.iterator().next().getValue(0);
        JsonArray document = value instanceof JsonArray array ? array : new JsonArray(value.toString());
        return document.getJsonObject(0).getJsonObject("Plan").getNumber("Plan Rows").longValue();
    }

    /** Adds the form's conditions; true when there is a keyword. */
    private boolean filters(Sql sql, PaknQuery q) {
        boolean keyword = q.q() != null && !q.q().isBlank();
        if (keyword) {
            String pattern = sql.param("%" + q.q().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            String normal = NORMAL.formatted(pattern);
            String reporter = access.seesHiddenReporters() ? "" : "p.identity_disclosed and ";
            sql.where("(ps.item_text like " + normal + " or " + reporter + "ps.reporter_text like " + normal + ")");
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
        return keyword;
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

    /** Conditions joined by "and", with numbered parameters; {@code step}: they name the step (s). */
    private static final class Sql {
        private final List<Object> params = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private boolean step;

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
