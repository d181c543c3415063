package vn.pakn.statistics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Sums the rollup pakn_stat (see V36__statistics_rollup.sql and V38): whole months from the month cells, the days at both
 * ends of the period from the day cells, in the smallest cuboid that keeps the dimensions the filters and the
 * grouping need. The numbers equal a GROUP BY over the items, read from a few hundred rows.
 */
@ApplicationScoped
public class RollupRepository {

    /** What a report groups its counts by. */
    enum By {
        TOTAL, UNIT, CHANNEL, WEEK
    }

    /** Every count summed; coalesced, so that a period without cells counts 0. */
    private static final String SUMS = Stream.of("total as total", "awaiting_reception as a", "waiting as w",
            "in_progress as i", "appointed as ap", "completed as c", "disclosed as d", "satisfied as rs",
            "neutral as rn", "dissatisfied as rd", "on_time as ot", "late as lt", "extended as ex")
            .map(column -> column.split(" as "))
            .map(c -> ", coalesce(sum(s." + c[0] + "), 0)::bigint as " + c[1]).collect(Collectors.joining());

    private final Pool pool;

    RollupRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<Tally>> sum(ReportFilter filter, By by) {
        return sum(filter, List.of(by)).map(parts -> parts.get(by));
    }

    /** Several groupings of the same filter in one statement (one round trip), each part in its order. */
    Uni<Map<By, List<Tally>>> sum(ReportFilter filter, List<By> groupings) {
        List<Object> params = new ArrayList<>();
        String parts = IntStream.range(0, groupings.size())
                .mapToObj(i -> part(i, groupings.get(i), filter, params))
                .collect(Collectors.joining(" union all "));
        String sql = "select * from (" + parts + ") parts order by part, ord";
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            Map<By, List<Tally>> tallies = new EnumMap<>(By.class);
            groupings.forEach(by -> tallies.put(by, new ArrayList<>()));
            rows.forEach(row -> tallies.get(groupings.get(row.getInteger("part"))).add(tally(row)));
            return tallies;
        });
    }

    private static String part(int index, By by, ReportFilter filter, List<Object> params) {
        int cuboid = cuboid(filter, by);
        StringBuilder where = new StringBuilder(" where s.cuboid = ").append(param(params, (short) cuboid));
        if (by == By.WEEK || cuboid == 3) {
            where.append(" and s.grain = 'D' and s.period between ").append(param(params, filter.from()))
                    .append(" and ").append(param(params, filter.to()));
        } else {
            Months months = Months.inside(filter.from(), filter.to());
            String first = param(params, months.first());
            String end = param(params, months.end());
            where.append(" and ((s.grain = 'M' and s.period >= ").append(first).append(" and s.period < ").append(end)
                    .append(") or (s.grain = 'D' and ((s.period >= ").append(param(params, filter.from()))
                    .append(" and s.period < ").append(first).append(") or (s.period >= ").append(end)
                    .append(" and s.period <= ").append(param(params, filter.to())).append("))))");
        }
        if (filter.unitId() != null) {
            where.append(" and s.main_unit_id = ").append(param(params, filter.unitId()));
        }
        if (filter.categoryId() != null) {
            where.append(" and s.category_id = ").append(param(params, filter.categoryId()));
        }
        if (filter.channelId() != null) {
            where.append(" and s.channel_id = ").append(param(params, filter.channelId()));
        }
        String head = "select " + index + " as part, row_number() over (order by ";
        return "(" + switch (by) {
            case TOTAL -> head + "1) as ord, null::bigint as key, null::text as name, null::date as week" + SUMS
                    + " from pakn_stat s" + where;
            case UNIT -> head + "s.main_unit_id) as ord, s.main_unit_id as key, u.name as name, null::date as week"
                    + SUMS + " from pakn_stat s left join unit u on u.id = s.main_unit_id" + where
                    + " group by s.main_unit_id, u.name";
            case CHANNEL -> head + "ch.sort_order, ch.name) as ord, s.channel_id as key, ch.name as name,"
                    + " null::date as week" + SUMS + " from pakn_stat s join channel ch on ch.id = s.channel_id"
                    + where + " group by s.channel_id, ch.name, ch.sort_order";
            case WEEK -> head + "date_trunc('week', s.period)::date) as ord, null::bigint as key, null::text as name,"
                    + " date_trunc('week', s.period)::date as week" + SUMS + " from pakn_stat s" + where
                    + " group by date_trunc('week', s.period)::date";
        } + ")";
    }

    private static String param(List<Object> params, Object value) {
        params.add(value);
        return "$" + params.size();
    }

    /** The smallest cuboid with every dimension needed (see the migration's table of cuboids). */
    private static int cuboid(ReportFilter filter, By by) {
        if (filter.needsFinestCuboid()) {
            return 3;
        }
        boolean allUnits = filter.unitId() == null;
        return switch (by) {
            case TOTAL, WEEK -> allUnits ? 0 : 1;
            case UNIT -> 1;
            case CHANNEL -> allUnits ? 4 : 2;
        };
    }

    private static Tally tally(Row row) {
        return new Tally(row.getLong("key"), row.getString("name"), row.getLocalDate("week"), row.getLong("total"),
                row.getLong("a"), row.getLong("w"), row.getLong("i"), row.getLong("ap"), row.getLong("c"),
                row.getLong("d"), row.getLong("rs"), row.getLong("rn"), row.getLong("rd"), row.getLong("ot"),
                row.getLong("lt"), row.getLong("ex"));
    }

    /**
     * The whole months inside [from, to]: [first, end). None: first = end = from, so that the days alone cover
     * the period.
     */
    record Months(LocalDate first, LocalDate end) {
        static Months inside(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
            LocalDate end = to.plusDays(1).withDayOfMonth(1);
            return end.isAfter(first) ? new Months(first, end) : new Months(from, from);
        }
    }
}
