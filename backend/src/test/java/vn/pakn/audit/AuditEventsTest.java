package vn.pakn.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class AuditEventsTest {

    @Inject
    TestData data;

    private Account admin;
    private Account officer;

    @BeforeEach
    void accounts() {
        long unit = data.unit("VP UBND tỉnh thử", UnitKind.PROVINCE_OFFICE);
        admin = data.account(unit, Role.ADMIN);
        officer = data.account(unit, Role.SPECIALIST);
    }

    @Test
    void adminsSeeSignInsNewestFirstWithWhereTheyCameFrom() {
        login(officer.phone, "Sai-mật-khẩu-999", "198.51.100.7");
        login(officer.phone, TestData.PASSWORD, "198.51.100.8");
        String token = data.token(admin);

        given().auth().oauth2(token).queryParam("actorId", officer.id).get("/api/v1/admin/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("LOGIN_SUCCEEDED"))
                .body("items[0].actorLabel", equalTo(officer.fullName))
                .body("items[0].ip", equalTo("198.51.100.8"))
                .body("items[0].userAgent", notNullValue())
                .body("total", equalTo(1))
                .body("totalExact", equalTo(true));

        given().auth().oauth2(token).queryParam("action", "LOGIN_FAILED").queryParam("size", 100)
                .get("/api/v1/admin/audit-events")
                .then().statusCode(200)
                .body("items.action", everyItem(equalTo("LOGIN_FAILED")))
                .body("items.find { it.ip == '198.51.100.7' }.actorLabel", equalTo(officer.phone))
                .body("items.find { it.ip == '198.51.100.7' }.details.reason", equalTo("wrong-password"));
    }

    @Test
    void pagesGoFromNewestToOldestInsideATimeWindow() {
        Instant from = Instant.now().minusSeconds(1);
        for (String ip : new String[] {"198.51.100.21", "198.51.100.22", "198.51.100.23"}) {
            login(officer.phone, TestData.PASSWORD, ip);
        }
        String token = data.token(admin);
        given().auth().oauth2(token)
                .queryParam("actorId", officer.id).queryParam("from", from.toString())
                .queryParam("size", 2).queryParam("page", 0)
                .get("/api/v1/admin/audit-events")
                .then().statusCode(200)
                .body("items.ip", contains("198.51.100.23", "198.51.100.22"))
                .body("total", equalTo(3));
        given().auth().oauth2(token)
                .queryParam("actorId", officer.id).queryParam("from", from.toString())
                .queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/admin/audit-events")
                .then().statusCode(200)
                .body("items.ip", contains("198.51.100.21"));
        given().auth().oauth2(token)
                .queryParam("actorId", officer.id).queryParam("to", from.toString())
                .get("/api/v1/admin/audit-events")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badFiltersAreFieldErrors() {
        String token = data.token(admin);
        given().auth().oauth2(token).queryParam("action", "NOPE").get("/api/v1/admin/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
        given().auth().oauth2(token).queryParam("from", "hôm qua").get("/api/v1/admin/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(token).queryParam("size", 1000).get("/api/v1/admin/audit-events")
                .then().statusCode(400).body("code", equalTo("validation"));
    }

    @Test
    void onlyAdminsMayRead() {
        given().get("/api/v1/admin/audit-events").then().statusCode(401);
        given().auth().oauth2(data.token(officer)).get("/api/v1/admin/audit-events").then().statusCode(403);
    }

    private static void login(String username, String password, String ip) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).header("User-Agent", "AuditEventsTest")
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }
}
