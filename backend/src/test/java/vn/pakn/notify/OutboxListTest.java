package vn.pakn.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
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
    void eachStatusIsReadFromItsIndex() {
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
    private String genericPlan(String status) {
        return data.plan("execute outbox_list('" + status + "')", "set local plan_cache_mode = force_generic_plan",
                "prepare outbox_list(varchar) as " + OutboxAdminRepository.list(status) + " limit 20");
    }
}
