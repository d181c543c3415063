package vn.pakn.demo;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.deadline.WorkingCalendar;

/**
 * The demo items' deadlines, in working time by the province's calendar as the workflow computes them: a completed
 * item's one to four working days after routing; an open item's at least a working day after routing and otherwise
 * spread from a few days ago (some overdue, whatever day the demo starts on) to about twelve working days ahead; an
 * appointment's old deadline two working days before its new one; a coordinator's within a working day of routing.
 */
final class DemoDeadlines {

    /** The items {@link #of} reads, from the script's demo_item. */
    static final String ITEMS = "select g, kind, h, routed_at, now() as now from demo_item"
            + " where kind not in ('AWAITING_RECEPTION', 'RECEIVED')";
    /** Writes what {@link #of} computed back to demo_item. */
    static final String UPDATE = "update demo_item d set deadline = x.deadline, old_deadline = x.old_deadline,"
            + " coordinator_deadline = x.coordinator_deadline from unnest($1::int[], $2::timestamptz[],"
            + " $3::timestamptz[], $4::timestamptz[]) as x(g, deadline, old_deadline, coordinator_deadline)"
            + " where d.g = x.g";

    private static final Duration SPREAD_FROM = Duration.ofDays(3);
    /** About twelve working days of 7 h 30, in minutes: how far ahead of SPREAD_FROM open items' deadlines reach. */
    private static final long SPREAD_MINUTES = 12 * 450;

    private DemoDeadlines() {
    }

    /** The parameters of {@link #UPDATE} for the rows of {@link #ITEMS}. */
    static Tuple of(RowSet<Row> items, WorkingCalendar calendar) {
        List<Integer> numbers = new ArrayList<>();
        List<OffsetDateTime> deadlines = new ArrayList<>();
        List<OffsetDateTime> oldDeadlines = new ArrayList<>();
        List<OffsetDateTime> coordinatorDeadlines = new ArrayList<>();
        for (Row item : items) {
            long h = item.getInteger("h");
            Instant routed = item.getOffsetDateTime("routed_at").toInstant();
            Instant oneDay = calendar.plusWorkingDays(routed, 1);
            Instant deadline;
            Instant old = null;
            if (item.getString("kind").equals("COMPLETED")) {
                deadline = calendar.plusWorkingDays(routed, 1 + h % 4);
            } else {
                Instant spread = item.getOffsetDateTime("now").toInstant().minus(SPREAD_FROM);
                deadline = latest(oneDay, calendar.plusWorkingMinutes(spread, 1 + h % SPREAD_MINUTES));
                if (item.getString("kind").equals("APPOINTED")) {
                    old = deadline;
                    deadline = calendar.plusWorkingDays(old, 2);
                }
            }
            numbers.add(item.getInteger("g"));
            deadlines.add(utc(deadline));
            oldDeadlines.add(utc(old));
            coordinatorDeadlines.add(utc(deadline.isBefore(oneDay) ? deadline : oneDay));
        }
        return Tuple.of(numbers.toArray(Integer[]::new), deadlines.toArray(OffsetDateTime[]::new),
                oldDeadlines.toArray(OffsetDateTime[]::new), coordinatorDeadlines.toArray(OffsetDateTime[]::new));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
