package vn.pakn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class LoginTest {

    @Inject
    TestData data;

    private long unitId;

    @BeforeEach
    void unit() {
        unitId = data.unit("Sở Thử nghiệm", UnitKind.DEPARTMENT);
    }

    @Test
    void signsInWithAnyFormOfThePhoneNumberAndTheTokenWorksOnMe() {
        Account account = data.account(unitId, Role.SPECIALIST, Role.LEADER);
        String national = "0" + account.phone.substring(3);
        Response login = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", Sessions.newAddress())
                .body(Map.of("username", " " + national.substring(0, 4) + " " + national.substring(4),
                        "password", TestData.PASSWORD))
                .post("/api/v1/auth/login");
        login.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("passwordChangeRequired", equalTo(false))
                .body("refreshToken", nullValue());
        String cookie = login.getHeader("Set-Cookie");
        assertThat(cookie, containsString("pakn_refresh="));
        assertThat(cookie, containsString("HttpOnly"));
        assertThat(cookie, containsString("SameSite=Strict"));
        assertThat(cookie, containsString("Path=/api/v1/auth"));

        given().auth().oauth2(login.path("accessToken")).get("/api/v1/me")
                .then().statusCode(200)
                .body("id", equalTo(account.id.intValue()))
                .body("phone", equalTo(account.phone))
                .body("fullName", equalTo(account.fullName))
                .body("unit.id", equalTo((int) unitId))
                .body("unit.name", equalTo("Sở Thử nghiệm"))
                .body("unit.kind", equalTo("DEPARTMENT"))
                .body("roles", hasItems("SPECIALIST", "LEADER"))
                .body("passwordChangeRequired", equalTo(false));

        Sessions.login("84" + account.phone.substring(3), TestData.PASSWORD, Sessions.newAddress())
                .then().statusCode(200).body("refreshToken", notNullValue());
        assertThat(data.queryLong("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and actor_id = ?",
                account.id), equalTo(2L));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Account account = data.account(unitId, Role.SPECIALIST);
        String wrongPassword = Sessions.login(account.phone, "Sai-mật-khẩu-123", Sessions.newAddress())
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"))
                .body("title", equalTo("Đăng nhập không thành công"))
                .extract().asString();
        String unknownUser = Sessions.login("+84399999001", "Sai-mật-khẩu-123", Sessions.newAddress())
                .then().statusCode(401).extract().asString();
        String notAPhone = Sessions.login("admin", "Sai-mật-khẩu-123", Sessions.newAddress())
                .then().statusCode(401).extract().asString();
        assertThat(unknownUser, equalTo(wrongPassword));
        assertThat(notAPhone, equalTo(wrongPassword));
        assertThat(data.queryLong("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and actor_label = 'admin' and actor_id is null"), equalTo(1L));
    }

    @Test
    void aDisabledAccountCannotSignInAndItsTokensStopAtOnce() {
        Account account = data.account(unitId, Role.SPECIALIST);
        String token = Sessions.accessToken(account.phone, TestData.PASSWORD);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        data.queryLong("update account set enabled = false, tokens_valid_after = now() where id = ? returning id",
                account.id);

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthorized"));
        Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress())
                .then().statusCode(401).body("code", equalTo("invalid-credentials"));
    }

    @Test
    void enablingAgainDoesNotReviveOldTokens() {
        Account account = data.account(unitId, Role.SPECIALIST);
        String token = data.token(account);
        data.queryLong("update account set tokens_valid_after = now() + interval '1 second' where id = ? returning id",
                account.id);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anExpiredOneTimePasswordNoLongerWorks() {
        Account fresh = data.account(unitId, true, Role.SPECIALIST);
        data.queryLong("update account set password_expires_at = now() + interval '72 hours' where id = ? returning id",
                fresh.id);
        Sessions.login(fresh.phone, TestData.PASSWORD, Sessions.newAddress())
                .then().statusCode(200).body("passwordChangeRequired", equalTo(true));

        Account stale = data.account(unitId, true, Role.SPECIALIST);
        data.queryLong("update account set password_expires_at = now() - interval '1 minute' where id = ? returning id",
                stale.id);
        Sessions.login(stale.phone, TestData.PASSWORD, Sessions.newAddress())
                .then().statusCode(401).body("code", equalTo("invalid-credentials"));
    }

    @Test
    void anEmptyBodyIsAValidationProblem() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/auth/login")
                .then().statusCode(400).body("code", equalTo("validation"))
                .body("errors.field", hasItems("username", "password"))
                .body(not(containsString("Exception")));
    }
}
