package vn.pakn.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class ServiceClientTest {

    @Inject
    TestData data;

    private String admin;

    @BeforeEach
    void admin() {
        admin = data.token(data.account(data.unit("Trung tâm Quản trị", UnitKind.OTHER), Role.ADMIN));
    }

    @Test
    void anIssuedKeyAuthenticatesUntilRevokedAndIsStoredOnlyHashed() {
        Map<String, Object> issued = issue(List.of("rating:write", "pakn:read"), 100);
        String key = (String) issued.get("apiKey");
        int id = (int) ((Map<?, ?>) issued.get("client")).get("id");

        given().header("X-API-Key", key).get("/api/v1/public/client").then().statusCode(200)
                .body("name", equalTo("Cổng thông tin 1022"))
                .body("scopes", equalTo(List.of("pakn:read", "rating:write")));
        org.assertj.core.api.Assertions.assertThat(
                data.queryLong("select count(*) from service_client where id = ? and key_hash <> ? and length(key_hash) = 64",
                        (long) id, key)).isEqualTo(1);
        given().auth().oauth2(admin).get("/api/v1/admin/clients").then().statusCode(200)
                .body(not(containsString(key)));
        // a key opens the public API only: officer endpoints (any authenticated caller) expect an officer
        given().header("X-API-Key", key).get("/api/v1/units").then().statusCode(401);
        given().header("X-API-Key", key).get("/api/v1/pakn/1/history").then().statusCode(401);

        char last = key.charAt(key.length() - 1);
        String tampered = key.substring(0, key.length() - 1) + (last == 'x' ? 'y' : 'x');
        given().header("X-API-Key", tampered).get("/api/v1/public/client")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(admin).post("/api/v1/admin/clients/" + id + "/revoke").then().statusCode(200)
                .body("revokedAt", not(equalTo(null)));
        given().header("X-API-Key", key).get("/api/v1/public/client").then().statusCode(401);
    }

    @Test
    void eachClientIsLimitedToItsRequestsPerMinute() {
        String key = (String) issue(List.of("pakn:read"), 3).get("apiKey");
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", key).get("/api/v1/public/client").then().statusCode(200);
        }
        given().header("X-API-Key", key).get("/api/v1/public/client").then().statusCode(429)
                .header("Retry-After", not(equalTo(null)))
                .body("code", equalTo("rate-limited"));
        String other = (String) issue(List.of("pakn:read"), 3).get("apiKey");
        given().header("X-API-Key", other).get("/api/v1/public/client").then().statusCode(200);
    }

    @Test
    void onlyAdminsIssueKeysAndOnlyKnownScopes() {
        String leader = data.token(data.account(data.unit("Sở A", UnitKind.DEPARTMENT), Role.LEADER));
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "scopes", List.of("pakn:read"), "requestsPerMinute", 10))
                .post("/api/v1/admin/clients").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "scopes", List.of("everything"), "requestsPerMinute", 10))
                .post("/api/v1/admin/clients").then().statusCode(400).body("errors[0].field", equalTo("scopes"));
        given().auth().oauth2(leader).get("/api/v1/public/client").then().statusCode(403);
    }

    private Map<String, Object> issue(List<String> scopes, int perMinute) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Cổng thông tin 1022", "scopes", scopes, "requestsPerMinute", perMinute))
                .post("/api/v1/admin/clients").then().statusCode(201).header("Cache-Control", "no-store")
                .extract().as(Map.class);
    }
}
