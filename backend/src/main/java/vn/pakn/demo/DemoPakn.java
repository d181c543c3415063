package vn.pakn.demo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.pakn.deadline.CalendarService;

/**
 * The demo's PAKN: when the database holds none, {@code demo/demo-pakn.sql} writes 400 items of the last 90 days —
 * every status, progress, unit, category and channel, with history, appointments and ratings — in one transaction,
 * so that the lists, the detail pages and the reports of {@code make run} show something at once. The script stops
 * at its {@code @deadlines} line for {@link DemoDeadlines} to set the items' deadlines by the working calendar.
 */
@ApplicationScoped
public class DemoPakn {

    static final long ITEMS = 400;
    private static final String[] SCRIPT = script().split("(?m)^-- @deadlines.*$", 2);

    private final Pool pool;
    private final CalendarService calendars;

    DemoPakn(Pool pool, CalendarService calendars) {
        this.pool = pool;
        this.calendars = calendars;
    }

    /** How many items it wrote: none when there already were some. */
    Uni<Long> loadIfNone() {
        return pool.withTransaction(connection -> connection.query("lock table pakn in exclusive mode").execute()
                .flatMap(locked -> connection.query("select count(*) from pakn").execute())
                .flatMap(rows -> rows.iterator().next().getLong(0) > 0 ? Uni.createFrom().item(0L)
                        : write(connection)));
    }

    /** Writes the items whatever the database holds (the tests' database is shared). */
    Uni<Long> load() {
        return pool.withTransaction(this::write);
    }

    private Uni<Long> write(SqlConnection connection) {
        return connection.query(SCRIPT[0]).execute()
                .flatMap(items -> connection.query(DemoDeadlines.ITEMS).execute())
                .flatMap(items -> calendars.calendar().map(calendar -> DemoDeadlines.of(items, calendar)))
                .flatMap(deadlines -> connection.preparedQuery(DemoDeadlines.UPDATE).execute(deadlines))
                .flatMap(set -> connection.query(SCRIPT[1]).execute())
                .map(done -> ITEMS);
    }

    private static String script() {
        try (InputStream in = DemoPakn.class.getResourceAsStream("/demo/demo-pakn.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
