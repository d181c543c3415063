package vn.pakn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "Pleiku mùa mưa 2026";

    @Inject
    TestData data;

    private long unitId;

    @BeforeEach
    void unit() {
        unitId = data.unit("Trung tâm 1022 thử", UnitKind.CALL_CENTER);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
        Account account = data.account(unitId, Role.SPECIALIST);
        String token = Sessions.accessToken(account.phone, TestData.PASSWORD);
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES; i++) {
            change(token, "Đoán-mật-khẩu-" + i, NEW_PASSWORD).statusCode(400)
                    .body("errors.field", hasItem("currentPassword"));
        }
        change(token, TestData.PASSWORD, NEW_PASSWORD).statusCode(429)
                .body("code", equalTo("password-change-throttled"));
        // the password is unchanged: the throttled attempt, though right, changed nothing
        Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).then().statusCode(200);
    }

    @Test
    void aOneTimePasswordAllowsNothingButChangingItThenEverySessionEnds() {
        Account account = data.account(unitId, true, Role.ADMIN);
        var login = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress());
        login.then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        String token = login.path("accessToken");
        String refreshToken = login.path("refreshToken");

        for (String path : new String[] {"/api/v1/me", "/api/v1/admin/audit-events"}) {
            given().auth().oauth2(token).get(path)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("password-change-required"))
                    .body("title", equalTo("Cần đổi mật khẩu"));
        }

        change(token, TestData.PASSWORD, NEW_PASSWORD).statusCode(204);

        assertThat(data.queryLong("select count(*) from account where id = ? and not password_change_required"
                + " and password_expires_at is null", account.id), equalTo(1L));
        assertThat(data.queryLong("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and actor_id = ?",
                account.id), equalTo(1L));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthorized"));
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).then().statusCode(401);

        String fresh = Sessions.accessToken(account.phone, NEW_PASSWORD);
        given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200)
                .body("passwordChangeRequired", equalTo(false));
        given().auth().oauth2(fresh).get("/api/v1/admin/audit-events").then().statusCode(200);
    }

    @Test
    void logoutIsAllowedDuringTheForcedChange() {
        Account account = data.account(unitId, true, Role.SPECIALIST);
        String token = Sessions.accessToken(account.phone, TestData.PASSWORD);
        given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void refusesPasswordsThatBreakThePolicy() {
        Account account = data.account(unitId, Role.SPECIALIST);
        String token = data.token(account);
        change(token, TestData.PASSWORD, "Ngắn-1").statusCode(400)
                .body("code", equalTo("validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", equalTo("Mật khẩu phải có ít nhất 10 ký tự"));
        String containsPhone = "Mật khẩu không được chứa số điện thoại của bạn";
        change(token, TestData.PASSWORD, "mk" + account.phone.substring(3) + "!").statusCode(400)
                .body("errors.message", hasItem(containsPhone));
        change(token, TestData.PASSWORD, "0" + account.phone.substring(3)).statusCode(400)
                .body("errors.message", hasItem(containsPhone));
        change(token, TestData.PASSWORD, "Password123").statusCode(400)
                .body("errors.field", hasItem("newPassword"))
                .body("errors.message", hasItem("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác"));
        change(token, TestData.PASSWORD, TestData.PASSWORD).statusCode(400)
                .body("errors.message", hasItem("Mật khẩu mới phải khác mật khẩu hiện tại"));
        given().auth().oauth2(token).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Sai-mật-khẩu-cũ", "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/change-password")
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("currentPassword"))
                .body("errors[0].message", equalTo("The current password is wrong"));

        // nothing changed: the old password and the session still work
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).then().statusCode(200);
    }

    @Test
    void needsASignedInOfficer() {
        given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/change-password")
                .then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    private static ValidatableResponse change(String token, String current, String next) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/v1/auth/change-password").then();
    }
}
