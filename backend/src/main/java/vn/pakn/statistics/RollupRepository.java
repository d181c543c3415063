package vn.pakn.statistics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
        List<Object> params = new ArrayList<>();
        int cuboid = cuboid(filter, by);
        params.add((short) cuboid);
        StringBuilder where = new StringBuilder(" where s.cuboid = $1 and ");
        if (by == By.WEEK || cuboid == 3) {
            params.add(filter.from());
            params.add(filter.to());
            where.append("s.grain = 'D' and s.period between $2 and $3");
        } else {
            Months months = Months.inside(filter.from(), filter.to());
            params.add(months.first());
            params.add(months.end());
            params.add(filter.from());
            params.add(filter.to());
            where.append("((s.grain = 'M' and s.period >= $2 and s.period < $3) or (s.grain = 'D' and"
                    + " ((s.period >= $4 and s.period < $2) or (s.period >= $3 and s.period <= $5))))");
        }
        if (filter.unitId() != null) {
            params.add(filter.unitId());
            where.append(" and s.main_unit_id = $").append(params.size());
        }
        if (filter.categoryId() != null) {
            params.add(filter.categoryId());
            where.append(" and s.category_id = $").append(params.size());
        }
        if (filter.channelId() != null) {
            params.add(filter.channelId());
            where.append(" and s.channel_id = $").append(params.size());
        }
        String sql = switch (by) {
            case TOTAL -> "select null::bigint as key, null::text as name, null::date as week" + SUMS
                    + " from pakn_stat s" + where;
            case UNIT -> "select s.main_unit_id as key, u.name as name, null::date as week" + SUMS
                    + " from pakn_stat s left join unit u on u.id = s.main_unit_id" + where
                    + " group by s.main_unit_id, u.name";
            case CHANNEL -> "select s.channel_id as key, ch.name as name, null::date as week" + SUMS
                    + " from pakn_stat s join channel ch on ch.id = s.channel_id" + where
                    + " group by s.channel_id, ch.name, ch.sort_order order by ch.sort_order, ch.name";
            case WEEK -> "select null::bigint as key, null::text as name, date_trunc('week', s.period)::date as week"
                    + SUMS + " from pakn_stat s" + where + " group by 3 order by 3";
        };
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<Tally> tallies = new ArrayList<>();
            rows.forEach(row -> tallies.add(tally(row)));
            return tallies;
        });
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
