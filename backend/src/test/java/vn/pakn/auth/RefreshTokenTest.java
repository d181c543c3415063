package vn.pakn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
class RefreshTokenTest {

    @Inject
    TestData data;

    private Account account;

    @BeforeEach
    void account() {
        account = data.account(data.unit("Sở Giao thông thử", UnitKind.DEPARTMENT), Role.SPECIALIST);
    }

    @Test
    void rotatesAndAReusedTokenRevokesTheWholeFamily() {
        String first = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).path("refreshToken");

        Response rotated = refresh(first);
        rotated.then().statusCode(200).body("tokenType", equalTo("Bearer"));
        String second = rotated.path("refreshToken");
        assertThat(second, not(equalTo(first)));
        given().auth().oauth2(rotated.path("accessToken")).get("/api/v1/me").then().statusCode(200);
        String third = refresh(second).then().statusCode(200).extract().path("refreshToken");

        // a thief replays the first token: refused, and the legitimate latest token dies with it
        refresh(first).then().statusCode(401).body("code", equalTo("unauthorized"));
        refresh(third).then().statusCode(401);

        assertThat(data.queryLong("select count(*) from refresh_token where account_id = ? and revoked_at is null",
                account.id), equalTo(0L));
        assertThat(data.queryLong("select count(*) from refresh_token where account_id = ?", account.id), equalTo(3L));
        assertThat(data.queryLong("select count(*) from audit_event where action = 'TOKEN_REUSE_DETECTED'"
                + " and actor_id = ?", account.id), equalTo(1L));
    }

    @Test
    void browsersUseTheCookie() {
        Response login = given().contentType(ContentType.JSON).header("X-Forwarded-For", Sessions.newAddress())
                .body(Map.of("username", account.phone, "password", TestData.PASSWORD))
                .post("/api/v1/auth/login");
        login.then().statusCode(200).body("refreshToken", nullValue());
        String cookie = login.getCookie(RefreshCookie.NAME);
        assertThat(cookie, notNullValue());

        Response rotated = given().cookie(RefreshCookie.NAME, cookie).post("/api/v1/auth/refresh");
        rotated.then().statusCode(200).body("refreshToken", nullValue()).body("accessToken", notNullValue());
        assertThat(rotated.getCookie(RefreshCookie.NAME), not(equalTo(cookie)));
        given().cookie(RefreshCookie.NAME, cookie).post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void theFamilyEndsAtItsAbsoluteExpiry() {
        String token = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).path("refreshToken");
        data.queryLong("update refresh_token set family_expires_at = now() - interval '1 second'"
                + " where account_id = ? returning 1", account.id);
        refresh(token).then().statusCode(401);
    }

    @Test
    void aDisabledAccountCannotRefresh() {
        String token = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).path("refreshToken");
        data.queryLong("update account set enabled = false, tokens_valid_after = now() where id = ? returning id",
                account.id);
        refresh(token).then().statusCode(401);
    }

    @Test
    void withoutATokenThereIsNothingToRefresh() {
        given().post("/api/v1/auth/refresh").then().statusCode(401).body("code", equalTo("unauthorized"));
        refresh("not-a-token").then().statusCode(401);
    }

    @Test
    void logoutEndsThisSessionsAccessAndRefreshTokensButNotOtherDevices() {
        Response phone = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress());
        Response desktop = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress());
        String accessToken = phone.path("accessToken");

        Response logout = given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                .body(Map.of("refreshToken", phone.path("refreshToken")))
                .post("/api/v1/auth/logout");
        logout.then().statusCode(204);
        assertThat(logout.getHeader("Set-Cookie"), containsString("Max-Age=0"));

        given().auth().oauth2(accessToken).get("/api/v1/me").then().statusCode(401);
        refresh(phone.path("refreshToken")).then().statusCode(401);
        given().auth().oauth2(accessToken).post("/api/v1/auth/logout").then().statusCode(401);

        given().auth().oauth2(desktop.path("accessToken")).get("/api/v1/me").then().statusCode(200);
        refresh(desktop.path("refreshToken")).then().statusCode(200);
        assertThat(data.queryLong("select count(*) from audit_event where action = 'LOGOUT' and actor_id = ?",
                account.id), equalTo(1L));
    }

    @Test
    void logoutWithTheCookie() {
        Response login = Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress());
        String cookie = login.getCookie(RefreshCookie.NAME);
        given().auth().oauth2(login.path("accessToken")).cookie(RefreshCookie.NAME, cookie)
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().cookie(RefreshCookie.NAME, cookie).post("/api/v1/auth/refresh").then().statusCode(401);
    }

    private static Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }
}
