package vn.pakn.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class InAppNotificationTest {

    @Inject
    TestData data;
    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;

    @Test
    void aMessageReachesTheBellOnceAndCanBeRead() {
        Account officer = data.account(data.unit("Sở Thông báo", UnitKind.DEPARTMENT), Role.SPECIALIST);
        String token = data.token(officer);
        String key = OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP, Channel.SMS);
        OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP);
        // the same key again changes nothing
        OutboxTestSupport.run(() -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> outbox.enqueue(
                new Notice(key, "FORWARDED", java.util.Map.of(), null, officer.id, java.util.Set.of(Channel.IN_APP)))));
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?", key + "%"))
                .isEqualTo(2);

        given().auth().oauth2(token).get("/api/v1/notifications/unread-count").then().statusCode(200)
                .body("unread", equalTo(0));
        OutboxTestSupport.dispatch(dispatcher);
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ? and status = 'SENT'",
                key + "%")).isEqualTo(2);
        assertThat(data.queryLong("select count(*) from sms_log where phone = ?", officer.phone)).isEqualTo(1);

        given().auth().oauth2(token).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(2));
        int id = given().auth().oauth2(token).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].body", equalTo("Nhân viên trực chuyển phản ánh 1022-2026-000001 \"Ô nhiễm tiếng ồn\""
                        + " đến bạn. Đề nghị xử lý gấp."))
                .extract().path("items[0].id");
        given().auth().oauth2(token).post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(1));

        String other = data.token(data.account(data.unit("Sở Khác", UnitKind.DEPARTMENT), Role.SPECIALIST));
        given().auth().oauth2(other).post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(token).post("/api/v1/notifications/read-all").then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(0));
    }

    @Test
    void sentSmsAndTemplatesAreForAdminsOnly() {
        long unit = data.unit("Sở Quản trị", UnitKind.DEPARTMENT);
        String admin = data.token(data.account(unit, Role.ADMIN));
        String leader = data.token(data.account(unit, Role.LEADER));
        given().auth().oauth2(leader).get("/api/v1/admin/notifications/sms").then().statusCode(403);
        given().auth().oauth2(admin).get("/api/v1/admin/notifications/sms").then().statusCode(200);
        given().auth().oauth2(admin).get("/api/v1/admin/notifications/templates").then().statusCode(200)
                .body("find { it.code == 'REMINDER' }.body",
                        org.hamcrest.Matchers.startsWith("Bạn có phản ánh kiến nghị sắp đến hạn cần xử lý"));
    }
}
