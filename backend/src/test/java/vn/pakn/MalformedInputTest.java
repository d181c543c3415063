package vn.pakn;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/**
 * Every operation of the OpenAPI document, called by an administrator with malformed input — bad path ids, bad query
 * values, bodies that are not the object asked for, a NUL character or a wrong type in each field — answers a 4xx
 * problem, never a 500. Only input that must be refused is sent (ids that do not exist on writes, no If-Match), so
 * the test changes nothing other tests see.
 */
@QuarkusTest
class MalformedInputTest {

    private static final List<String> SKIPPED = List.of("/stream", "/auth/logout"); // a live stream; ends the session
    private static final List<String> BAD_IDS_TO_READ = List.of("abc", "-1", "0", "1", "99999999999999999999");
    private static final List<String> BAD_IDS_TO_WRITE = List.of("abc", "-1", "99999999999999999999");
    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "99999999999999999999", "2026-13-45",
            "x".repeat(3000), "ô nhiễm\u0000", "%");
    private static final List<String> BAD_BODIES = List.of("null", "[]", "\"x\"", "{\"a\":", "1");

    @Inject
    TestData data;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void malformedInputIsAProblemNeverA500() throws Exception {
        String admin = data.token(data.account(data.unit("Sở Thử dữ liệu xấu", UnitKind.DEPARTMENT), Role.ADMIN));
        JsonNode openApi = json.readTree(given().get("/q/openapi?format=json").asString());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (SKIPPED.stream().anyMatch(path.getKey()::contains)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                for (Call call : calls(openApi, path.getKey(), method, op.getValue())) {
                    requests++;
                    RequestSpecification request = given().auth().oauth2(admin).urlEncodingEnabled(false);
                    if (call.body() != null) {
                        request.contentType("application/json").body(call.body());
                    }
                    Response response = request.request(method, call.url());
                    String type = String.valueOf(response.contentType());
                    if (response.statusCode() >= 500 || response.statusCode() >= 400
                            && !type.startsWith("application/problem+json")) {
                        failures.add(method + " " + call.url() + " " + abbreviated(call.body()) + " → "
                                + response.statusCode() + " " + type);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "of " + requests + " requests");
    }

    private record Call(String url, String body) {
    }

    private List<Call> calls(JsonNode openApi, String template, String method, JsonNode operation) {
        List<String> queryParams = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        operation.path("parameters").forEach(p -> (p.get("in").asText().equals("path") ? pathParams : queryParams)
                .add(p.get("name").asText()));
        List<Call> calls = new ArrayList<>();
        for (String id : method.equals("GET") ? BAD_IDS_TO_READ : BAD_IDS_TO_WRITE) {
            String url = template;
            for (String name : pathParams) {
                url = url.replace("{" + name + "}", encoded(name.equals("catalog") ? "categories" : id));
            }
            if (method.equals("GET")) {
                calls.add(new Call(url, null));
                for (String name : queryParams) {
                    for (String value : BAD_QUERY_VALUES) {
                        calls.add(new Call(url + "?" + encoded(name) + "=" + encoded(value), null));
                    }
                }
            } else {
                String target = url;
                BAD_BODIES.forEach(body -> calls.add(new Call(target, body)));
                JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
                if (!schema.isMissingNode()) {
                    badFields(openApi, schema).forEach(body -> calls.add(new Call(target, body)));
                }
            }
        }
        return calls;
    }

    /** The body of the schema (each field a plausible value), once per field with a NUL in it or a wrong type. */
    private List<String> badFields(JsonNode openApi, JsonNode schema) {
        JsonNode resolved = resolve(openApi, schema);
        List<String> bodies = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String type = resolve(openApi, field.getValue()).path("type").asText();
            ObjectNode body = plausible(openApi, resolved);
            if (type.equals("string")) {
                body.put(field.getKey(), "a\u0000b");
            } else {
                body.put(field.getKey(), "không phải " + type);
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    private ObjectNode plausible(JsonNode openApi, JsonNode schema) {
        ObjectNode body = json.createObjectNode();
        schema.path("properties").fields().forEachRemaining(field -> {
            JsonNode type = resolve(openApi, field.getValue());
            switch (type.path("type").asText()) {
                case "integer", "number" -> body.put(field.getKey(), 1);
                case "boolean" -> body.put(field.getKey(), true);
                case "array" -> body.putArray(field.getKey());
                case "object" -> body.putObject(field.getKey());
                default -> body.put(field.getKey(), type.has("enum") ? type.get("enum").get(0).asText() : "abc");
            }
        });
        return body;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode ref = schema.has("allOf") ? schema.get("allOf").get(0).path("$ref") : schema.path("$ref");
        return ref.isMissingNode() ? schema : openApi.at(ref.asText().substring(1));
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
