package vn.pakn.deadline.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances (two JVMs, {@code java -jar quarkus-run.jar}), each running two chunks at once (lanes),
 * sweep one database: 5,000 overdue items are each escalated exactly once with exactly one message per officer and
 * channel; so are 5,000 more while one instance is killed with SIGKILL in the middle (as soon as the first chunk of
 * the run commits; small chunks keep both instances inside chunks most of the time). Runs in {@code verify}, after
 * {@code package} has built the jar.
 */
class SweepTwoInstancesIT {

    private static final int ITEMS = 5000;
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path WORK = Path.of("target/sweep-it");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static EmbeddedPostgres postgres;
    private static final List<Process> instances = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndInstances() throws Exception {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        Files.createDirectories(WORK);
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("pakn-sweep-it"))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "100").start();
        instances.add(start("a"));
        instances.add(start("b"));
    }

    @AfterAll
    static void stop() throws IOException {
        for (Process instance : instances) {
            instance.destroy();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoInstancesEscalateEveryOverdueItemOnceEvenWhenOneIsKilledMidRun() throws Exception {
        seed("a");
        awaitEscalated("a", ITEMS);
        assertEscalatedExactlyOnce("a");

        seed("b");
        awaitEscalated("b", 1);
        Process victim = instances.get(0);
        victim.destroyForcibly();
        victim.waitFor();
        assertThat(escalated("b")).as("killed in the middle of the run").isLessThan(ITEMS);
        awaitEscalated("b", ITEMS);
        assertEscalatedExactlyOnce("b");
    }

    private static Process start(String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Dpakn.deadlines.sweep-every=1s",
                "-Dpakn.deadlines.sweep-chunk=20", "-Dpakn.deadlines.sweep-lanes=2",
                "-Dpakn.notify.dispatch-every=off", "-Dpakn.first-admin.enabled=false",
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("instance-" + name + ".log").toFile());
        builder.environment().putAll(Map.of("PAKN_DB_URL", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "PAKN_DB_USER", "postgres", "PAKN_DB_PASSWORD", "postgres", "PAKN_HTTP_PORT", String.valueOf(port),
                "PAKN_DATA_DIR", Files.createTempDirectory("pakn-sweep-it-" + name).toString(), "PAKN_DEMO", "false"));
        Process process = builder.start();
        Instant until = Instant.now().plus(PATIENCE);
        while (!ready(port)) {
            assertThat(process.isAlive()).as("instance " + name + " runs (see target/sweep-it)").isTrue();
            assertThat(Instant.now()).as("instance " + name + " ready in time").isBefore(until);
            Thread.sleep(250);
        }
        return process;
    }

    private static boolean ready(int port) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/health/ready")
                    .toURL().openConnection();
            return http.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void seed(String batch) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('sweep.batch', '" + batch + "', true), set_config('sweep.n', '" + ITEMS
                    + "', true)");
            s.execute(Files.readString(Path.of("bench/sql/sweep-overdue.sql")));
            c.commit();
        }
    }

    private static void awaitEscalated(String batch, int count) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (escalated(batch) < count) {
            assertThat(Instant.now()).as("%d items of batch %s escalated in time", count, batch).isBefore(until);
            Thread.sleep(1);
        }
    }

    private static long escalated(String batch) throws SQLException {
        return query("""
                select count(*) from deadline_event e join pakn p on p.id = e.pakn_id
                where e.kind = 'ESCALATION' and p.code like 'SW' || ? || '-%'""", batch);
    }

    private static void assertEscalatedExactlyOnce(String batch) throws SQLException {
        String items = "(select id from pakn where code like 'SW" + batch + "-%')";
        assertThat(query("select count(*) from pakn p join process_step s on s.id = p.current_step_id where p.id in "
                + items + " and s.code = 'LANH_DAO_SO' and p.version = 1 and p.progress = 'NOT_DUE'", batch))
                .as("every item one level up, once").isEqualTo(ITEMS);
        assertThat(query("select count(*) from deadline_event where pakn_id in " + items, batch)).isEqualTo(ITEMS);
        assertThat(query("select count(*) from pakn_history where action = 'escalate' and pakn_id in " + items, batch))
                .isEqualTo(ITEMS);
        assertThat(query("select count(*) from pakn_history h where h.changes @> '[{\"field\": \"STEP\"}]'"
                + " and h.pakn_id in " + items, batch)).isEqualTo(ITEMS);
        assertThat(query("select count(*) from outbox_message m join account a on a.id = m.recipient_account_id"
                + " join unit u on u.id = a.unit_id where u.code = 'SWEEP-' || ? and m.message_key like 'escalation:%'",
                batch)).as("one SMS and one in-app message per item").isEqualTo(2L * ITEMS);
        assertThat(query("select count(*) from (select split_part(message_key, ':', 2) from outbox_message"
                + " where message_key like 'escalation:%' and split_part(message_key, ':', 2)::bigint in " + items
                + " group by 1 having count(*) <> 2) wrong", batch)).isZero();
    }

    private static long query(String sql, String batch) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                var statement = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setString(1, batch);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
