package vn.pakn.statistics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums the rollup pakn_stat (see V36__statistics_rollup.sql): whole months from the month cells, the days at both
 * ends of the period from the day cells, in the smallest cuboid that keeps the dimensions the filters and the
 * grouping need. The numbers equal a GROUP BY over the items, read from a few hundred rows.
 */
@ApplicationScoped
public class RollupRepository {

    /** What a report groups its counts by. */
    enum By {
        UNIT, CHANNEL, WEEK
    }

    private static final String SUMS = ", sum(s.total)::bigint as total, sum(s.awaiting_reception)::bigint as a,"
            + " sum(s.waiting)::bigint as w, sum(s.in_progress)::bigint as i, sum(s.appointed)::bigint as ap,"
            + " sum(s.completed)::bigint as c, sum(s.disclosed)::bigint as d, sum(s.satisfied)::bigint as rs,"
            + " sum(s.neutral)::bigint as rn, sum(s.dissatisfied)::bigint as rd, sum(s.on_time)::bigint as ot,"
            + " sum(s.late)::bigint as lt, sum(s.extended)::bigint as ex";

    private final Pool pool;

    RollupRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<Tally>> sum(ReportFilter filter, By by) {
        List<Object> params = new ArrayList<>();
        int cuboid = cuboid(filter, by);
        params.add((short) cuboid);
        StringBuilder where = new StringBuilder(" where s.cuboid = $1 and ");
        if (cuboid == 1 && by == By.WEEK || cuboid == 0 || cuboid == 3) {
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
        return switch (by) {
            case UNIT -> 1;
            case CHANNEL -> 2;
            case WEEK -> filter.unitId() == null ? 0 : 1;
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
