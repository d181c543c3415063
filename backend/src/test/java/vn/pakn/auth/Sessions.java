package vn.pakn.auth;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Signs in over HTTP as a client at its own address (X-Forwarded-For), so tests never share a throttle key. */
final class Sessions {

    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 30_000));

    private Sessions() {
    }

    /** A fresh documentation address (TEST-NET): one per simulated client. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet() % 65_536;
        return "198.18." + (n / 256) + "." + (n % 256);
    }

    static Response login(String username, String password, String address) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password, "refreshTokenInBody", true))
                .post("/api/v1/auth/login");
    }

    /** Signs in and returns the access token; fails the test when sign-in fails. */
    static String accessToken(String username, String password) {
        return login(username, password, newAddress()).then().statusCode(200).extract().path("accessToken");
    }
}
