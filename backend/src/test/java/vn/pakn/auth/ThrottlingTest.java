package vn.pakn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void parallelGuessesDoNotSlipPastTheThrottle() throws Exception {
        String attacker = Sessions.newAddress();
        int guesses = 20;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return Sessions.login(account.phone, WRONG + "-song-song", attacker).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        // each guess checked was counted before the next began: no more than the free failures were ever checked
        assertThat(data.queryLong("select count(*) from audit_event where action = 'LOGIN_FAILED' and target_id = ?",
                account.id.toString()), lessThanOrEqualTo((long) ThrottlePolicy.FREE_FAILURES));
        assertThat(statuses.stream().filter(s -> s != 401 && s != 429).toList(), equalTo(List.of()));
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
