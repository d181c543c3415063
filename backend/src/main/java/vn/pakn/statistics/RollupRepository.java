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
 * Sums the rollup pakn_stat (see V36__statistics_rollup.sql and V38): whole months from the month cells, the days at
 * both ends of the period from the day cells (or their month less the days outside, see {@link Cells}), in the
 * smallest cuboid that keeps the dimensions the filters and the grouping need. The numbers equal a GROUP BY over the
 * items, read from a few hundred rows.
 */
@ApplicationScoped
public class RollupRepository {

    /** What a report groups its counts by. */
    enum By {
        TOTAL, UNIT, CHANNEL, WEEK
    }

    /** Every count summed (times the cell's sign: see {@link Cells}); coalesced, so that no cells count 0. */
    private static final String SUMS = Stream.of("total as total", "awaiting_reception as a", "waiting as w",
            "in_progress as i", "appointed as ap", "completed as c", "disclosed as d", "satisfied as rs",
            "neutral as rn", "dissatisfied as rd", "on_time as ot", "late as lt", "extended as ex")
            .map(column -> column.split(" as "))
            .map(c -> ", coalesce(sum(s." + c[0] + " * s.sign), 0)::bigint as " + c[1]).collect(Collectors.joining());

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
        Period period = by == By.WEEK || cuboid == 3 ? Period.days(filter, params)
                : Period.of(Cells.cover(filter.from(), filter.to()), params);
        where.append(" and ").append(period.condition());
        if (filter.unitId() != null) {
            where.append(" and s.main_unit_id = ").append(param(params, filter.unitId()));
        }
        if (filter.categoryId() != null) {
            where.append(" and s.category_id = ").append(param(params, filter.categoryId()));
        }
        if (filter.channelId() != null) {
            where.append(" and s.channel_id = ").append(param(params, filter.channelId()));
        }
        String cells = " from (select s.*, " + period.sign() + " as sign from pakn_stat s" + where + ") s";
        String head = "select " + index + " as part, row_number() over (order by ";
        return "(" + switch (by) {
            case TOTAL -> head + "1) as ord, null::bigint as key, null::text as name, null::date as week" + SUMS
                    + cells;
            case UNIT -> head + "s.main_unit_id) as ord, s.main_unit_id as key, u.name as name, null::date as week"
                    + SUMS + cells + " left join unit u on u.id = s.main_unit_id group by s.main_unit_id, u.name";
            case CHANNEL -> head + "ch.sort_order, ch.name) as ord, s.channel_id as key, ch.name as name,"
                    + " null::date as week" + SUMS + cells + " join channel ch on ch.id = s.channel_id"
                    + " group by s.channel_id, ch.name, ch.sort_order";
            case WEEK -> head + "date_trunc('week', s.period)::date) as ord, null::bigint as key, null::text as name,"
                    + " date_trunc('week', s.period)::date as week" + SUMS + cells
                    + " group by date_trunc('week', s.period)::date";
        } + ")";
    }

    /** The cells of the period (a SQL condition on pakn_stat s) and the sign each counts with. */
    private record Period(String condition, String sign) {

        /** Every day cell of the period (the weekly trend, and the finest cuboid, which has no month cells). */
        static Period days(ReportFilter filter, List<Object> params) {
            return new Period("s.grain = 'D' and s.period between " + param(params, filter.from()) + " and "
                    + param(params, filter.to()), "1");
        }

        static Period of(Cells cover, List<Object> params) {
            List<String> days = new ArrayList<>();
            List<String> subtracted = new ArrayList<>();
            for (DayRange range : cover.days()) {
                String within = "s.period >= " + param(params, range.from()) + " and s.period < "
                        + param(params, range.until());
                days.add(within);
                if (range.subtracted()) {
                    subtracted.add(within);
                }
            }
            String months = "s.grain = 'M' and s.period >= " + param(params, cover.monthsFrom()) + " and s.period < "
                    + param(params, cover.monthsUntil());
            String condition = days.isEmpty() ? months
                    : "((" + months + ") or (s.grain = 'D' and (" + anyOf(days) + ")))";
            String sign = subtracted.isEmpty() ? "1"
                    : "case when s.grain = 'D' and (" + anyOf(subtracted) + ") then -1 else 1 end";
            return new Period(condition, sign);
        }

        private static String anyOf(List<String> conditions) {
            return "(" + String.join(") or (", conditions) + ")";
        }
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

    /** Days [from, until); subtracted ones are outside the period but inside a month cell that is read. */
    record DayRange(LocalDate from, LocalDate until, boolean subtracted) {
    }

    /**
     * The cells that add up to [from, to]: the month cells of [monthsFrom, monthsUntil) and day cells. The whole
     * months inside the period are read as months, and so is a partial month at either end when more than half of
     * it lies inside: its days outside the period are then subtracted (cells are additive), so that a year up to the
     * 29th of a month reads a month cell and a day cell per unit instead of 29 day cells.
     */
    record Cells(LocalDate monthsFrom, LocalDate monthsUntil, List<DayRange> days) {
        static Cells cover(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
            LocalDate end = to.plusDays(1).withDayOfMonth(1);
            LocalDate after = to.plusDays(1);
            if (!end.isAfter(first)) {
                return new Cells(from, from, List.of(new DayRange(from, after, false)));
            }
            List<DayRange> days = new ArrayList<>();
            LocalDate monthsFrom = first;
            LocalDate monthsUntil = end;
            if (from.isBefore(first)) {
                LocalDate monthStart = from.withDayOfMonth(1);
                if (mostlyInside(from, first, monthStart)) {
                    monthsFrom = monthStart;
                    days.add(new DayRange(monthStart, from, true));
                } else {
                    days.add(new DayRange(from, first, false));
                }
            }
            if (after.isAfter(end)) {
                LocalDate monthEnd = end.plusMonths(1);
                if (mostlyInside(end, after, end)) {
                    monthsUntil = monthEnd;
                    days.add(new DayRange(after, monthEnd, true));
                } else {
                    days.add(new DayRange(end, after, false));
                }
            }
            return new Cells(monthsFrom, monthsUntil, days);
        }

        /** Whether [start, until) covers more than half of the month beginning on monthStart. */
        private static boolean mostlyInside(LocalDate start, LocalDate until, LocalDate monthStart) {
            return 2 * (until.toEpochDay() - start.toEpochDay()) > monthStart.lengthOfMonth();
        }
    }
}
