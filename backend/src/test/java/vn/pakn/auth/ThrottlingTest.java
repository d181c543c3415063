package vn.pakn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class ThrottlingTest {

    private static final String WRONG = "Không-phải-mật-khẩu";

    @Inject
    TestData data;

    private Account account;

    @BeforeEach
    void account() {
        account = data.account(data.unit("UBND huyện Thử", UnitKind.DISTRICT), Role.SPECIALIST);
    }

    @Test
    void afterFiveFailuresTheUserIsThrottledFromThatAddressOnly() {
        String attacker = Sessions.newAddress();
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES; i++) {
            Sessions.login(account.phone, WRONG, attacker).then().statusCode(401);
        }
        Response throttled = Sessions.login(account.phone, TestData.PASSWORD, attacker);
        throttled.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("login-throttled"));
        long retryAfter = Long.parseLong(throttled.getHeader("Retry-After"));
        assertThat(retryAfter, greaterThanOrEqualTo(1L));
        assertThat(retryAfter, lessThanOrEqualTo(ThrottlePolicy.FIRST_DELAY.toSeconds()));

        // the real officer, elsewhere, is not locked out
        Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).then().statusCode(200);

        assertThat(data.queryLong("select count(*) from audit_event where action = 'LOGIN_FAILED' and target_id = ?",
                account.id.toString()), equalTo(5L));
        assertThat(data.queryLong("select count(*) from audit_event where action = 'LOGIN_THROTTLED'"
                + " and actor_label = ? and ip = ?", account.phone, attacker), equalTo(1L));
    }

    @Test
    void unknownUsersAreThrottledExactlyLikeKnownOnes() {
        String attacker = Sessions.newAddress();
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES; i++) {
            Sessions.login("+84399999002", WRONG, attacker).then().statusCode(401);
        }
        Response unknown = Sessions.login("+84399999002", WRONG, attacker);
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES; i++) {
            Sessions.login(account.phone, WRONG, attacker).then().statusCode(401);
        }
        Response known = Sessions.login(account.phone, WRONG, attacker);
        unknown.then().statusCode(429);
        known.then().statusCode(429);
        assertThat(unknown.asString(), equalTo(known.asString()));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        String address = Sessions.newAddress();
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES - 1; i++) {
            Sessions.login(account.phone, WRONG, address).then().statusCode(401);
        }
        Sessions.login(account.phone, TestData.PASSWORD, address).then().statusCode(200);
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES - 1; i++) {
            Sessions.login(account.phone, WRONG, address).then().statusCode(401);
        }
        Sessions.login(account.phone, TestData.PASSWORD, address).then().statusCode(200);
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedToo() {
        String address = Sessions.newAddress();
        for (int i = 0; i < ThrottlePolicy.ADDRESS_FAILURES; i++) {
            Sessions.login(String.format("+8439%07d", i), WRONG, address).then().statusCode(401);
        }
        Response throttled = Sessions.login(account.phone, TestData.PASSWORD, address);
        throttled.then().statusCode(429);
        assertThat(Long.parseLong(throttled.getHeader("Retry-After")),
                greaterThanOrEqualTo(ThrottlePolicy.ADDRESS_WINDOW.toSeconds() - 60));
        Sessions.login(account.phone, TestData.PASSWORD, Sessions.newAddress()).then().statusCode(200);
    }

    @Test
    void theThrottleAnswerIsInEnglishOnRequest() {
        String address = Sessions.newAddress();
        for (int i = 0; i < ThrottlePolicy.FREE_FAILURES; i++) {
            Sessions.login(account.phone, WRONG, address).then().statusCode(401);
        }
        given().header("Accept-Language", "en").header("X-Forwarded-For", address)
                .contentType("application/json")
                .body("{\"username\":\"" + account.phone + "\",\"password\":\"x\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(429).body("title", equalTo("Sign-in paused"));
    }
}
