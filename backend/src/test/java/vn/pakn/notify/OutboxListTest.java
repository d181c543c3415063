package vn.pakn.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestClock;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** The admin's outbox by status: waiting and sent messages apart, each status read from its own index (V48). */
@QuarkusTest
class OutboxListTest {

    @Inject
    TestData data;
    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    TestClock clock;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @AfterEach
    void resetTime() {
        clock.reset();
    }

    @Test
    void adminsSeeWaitingAndSentMessagesApart() {
        Account officer = data.account(data.unit("Sở Hộp thư", UnitKind.DEPARTMENT), Role.SPECIALIST);
        String admin = data.token(data.account(officer.unitId, Role.ADMIN));
        clock.advance(Duration.ofDays(3650)); // newer than what other tests left, so on the first page
        String sent = OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP) + ":IN_APP";
        OutboxTestSupport.dispatch(dispatcher);
        String waiting = OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP) + ":IN_APP";

        assertThat(keys(admin, "PENDING")).contains(waiting).doesNotContain(sent);
        assertThat(keys(admin, "SENT")).contains(sent).doesNotContain(waiting);
        assertThat(keys(admin, "DEAD")).doesNotContain(sent, waiting);
    }

    @Test
    void eachStatusIsReadFromItsIndex() throws Exception {
        for (String status : List.of("SENT", "DEAD")) {
            String plan = genericPlan(status);
            assertThat(plan).as(status).contains("outbox_status_time_idx").doesNotContain("Sort");
        }
        assertThat(genericPlan("PENDING")).contains("outbox_due_idx");
    }

    private List<String> keys(String token, String status) {
        return given().auth().oauth2(token).get("/api/v1/admin/notifications/outbox?status=" + status + "&size=100")
                .then().statusCode(200).extract().path("items.key");
    }

    /** The plan a prepared statement gets once PostgreSQL stops planning it for each parameter. */
    private String genericPlan(String status) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // a small table: forbid the full scan so that only an index that serves the condition can be chosen
            statement.execute("set local enable_seqscan = off");
            statement.execute("set local plan_cache_mode = force_generic_plan");
            statement.execute("prepare outbox_list(varchar) as " + OutboxAdminRepository.list(status) + " limit 20");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("explain execute outbox_list('" + status + "')")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            connection.rollback();
            return plan.toString();
        }
    }
}
