package vn.pakn.architecture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SPA's API client is generated from a checked-in copy of the OpenAPI document; when the API changes, the
 * copy must be regenerated (`make api`), or the SPA would compile against an API that no longer exists.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void theSpasCopyOfTheOpenApiDocumentIsCurrent() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode live = json.readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode copy = json.readTree(Path.of("../frontend/src/lib/api/openapi.json").toFile());
        assertThat(copy).as("frontend/src/lib/api/openapi.json is stale: run `make api`").isEqualTo(live);
    }
}
