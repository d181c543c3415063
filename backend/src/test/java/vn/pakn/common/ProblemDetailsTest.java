package vn.pakn.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownApiRouteIsAVietnameseProblem() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pakn1022.vn/problems/not-found"))
                .body("code", equalTo("not-found"))
                .body("status", equalTo(404))
                .body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void englishOnRequest() {
        given().header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .body("title", equalTo("Not found"));
    }

    @Test
    void aJsonBodyOverOneMebibyteIsRefused() {
        String huge = "{\"username\":\"+84900000000\",\"password\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().contentType("application/json").body(huge).post("/api/v1/auth/login")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("body-too-large"))
                .body("detail", equalTo("Nội dung JSON gửi lên vượt quá 1024 KB."));
    }

    @Test
    void healthAndOpenApiAreUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("PAKN 1022 API"));
    }

    @Test
    void unknownOpen311RouteIsAProblemToo() {
        given().get("/open311/v2/nothing.json")
                .then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }
}
