package vn.pakn.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;

@QuarkusTest
class UnitAdminTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Inject
    TestData data;

    private Account admin;

    @BeforeEach
    void signIn() {
        admin = data.account(data.unit("Phòng quản trị", UnitKind.OTHER), Role.ADMIN);
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(data.token(admin)).contentType(ContentType.JSON);
    }

    private static String newCode() {
        return "ut-" + CODES.incrementAndGet();
    }

    private int create(String name, Integer parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", newCode(), "name", name, "kind", "DEPARTMENT"));
        body.put("parentId", parentId);
        return asAdmin().body(body).post("/api/v1/admin/units").then().statusCode(201).extract().path("id");
    }

    private int version(int id) {
        return asAdmin().get("/api/v1/units/" + id).then().statusCode(200).extract().path("version");
    }

    private long audits(String action, int unitId) {
        return data.queryLong("select count(*) from audit_event where action = ? and target_type = 'UNIT'"
                + " and target_id = ?", action, Integer.toString(unitId));
    }

    private static Map<String, Object> move(Integer parentId, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("version", version);
        return body;
    }

    @Test
    void createsRenamesAndAudits() {
        String code = newCode();
        ExtractableResponse<Response> created = asAdmin()
                .body(Map.of("code", code, "name", "Sở Thử nghiệm", "kind", "DEPARTMENT",
                        "requiresResultApproval", true))
                .post("/api/v1/admin/units")
                .then().statusCode(201)
                .body("code", equalTo(code.toUpperCase()))
                .body("active", equalTo(true))
                .body("requiresResultApproval", equalTo(true))
                .body("parentId", nullValue())
                .body("version", equalTo(0))
                .extract();
        int id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/units/" + id));
        assertEquals(1, data.queryLong("select count(*) from audit_event where action = 'UNIT_CREATED'"
                + " and target_type = 'UNIT' and target_id = ? and actor_id = ?", Integer.toString(id), admin.id));

        asAdmin().body(Map.of("name", "Sở Thử nghiệm mới", "kind", "DISTRICT", "requiresResultApproval", false,
                "version", 0))
                .put("/api/v1/admin/units/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Sở Thử nghiệm mới"))
                .body("kind", equalTo("DISTRICT"))
                .body("version", equalTo(1));
        assertEquals(1, data.queryLong("select count(*) from unit where id = ? and name = 'Sở Thử nghiệm mới'"
                + " and version = 1 and not requires_result_approval", (long) id));
        assertEquals(1, data.queryLong("select count(*) from audit_event where action = 'UNIT_UPDATED'"
                + " and target_id = ? and details -> 'name' ->> 'to' = 'Sở Thử nghiệm mới'", Integer.toString(id)));
    }

    @Test
    void staleVersionIsAConflict() {
        int id = create("Sở Phiên bản", null);
        Map<String, Object> rename = Map.of("name", "Tên A", "kind", "DEPARTMENT", "requiresResultApproval", false,
                "version", 0);
        asAdmin().body(rename).put("/api/v1/admin/units/" + id).then().statusCode(200);
        asAdmin().body(Map.of("name", "Tên B", "kind", "DEPARTMENT", "requiresResultApproval", false, "version", 0))
                .put("/api/v1/admin/units/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));
        assertEquals(1, data.queryLong("select count(*) from unit where id = ? and name = 'Tên A'", (long) id));
        asAdmin().body(move(null, 0)).post("/api/v1/admin/units/" + id + "/move")
                .then().statusCode(409).body("code", equalTo("stale-version"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = newCode();
        Map<String, Object> body = Map.of("code", code, "name", "Đơn vị A", "kind", "OTHER");
        asAdmin().body(body).post("/api/v1/admin/units").then().statusCode(201);
        asAdmin().body(Map.of("code", code.toUpperCase(), "name", "Đơn vị B", "kind", "OTHER"))
                .post("/api/v1/admin/units")
                .then().statusCode(409)
                .body("code", equalTo("unit-code-taken"))
                .body("detail", containsString(code.toUpperCase()));
    }

    @Test
    void invalidRequestsAreFieldErrors() {
        asAdmin().body(Map.of("code", "", "name", "", "kind", "OTHER")).post("/api/v1/admin/units")
                .then().statusCode(400)
                .body("code", equalTo("validation"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));
        asAdmin().body(Map.of("code", newCode(), "name", "Con", "kind", "OTHER", "parentId", 999_999_999))
                .post("/api/v1/admin/units")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", equalTo("Đơn vị không tồn tại"));
    }

    @Test
    void movesAndRefusesCycles() {
        int top = create("Cấp 1", null);
        int middle = create("Cấp 2", top);
        int bottom = create("Cấp 3", middle);
        int other = create("Nhánh khác", null);

        asAdmin().body(move(bottom, version(top))).post("/api/v1/admin/units/" + top + "/move")
                .then().statusCode(409).body("code", equalTo("unit-cycle"));
        asAdmin().body(move(top, version(top))).post("/api/v1/admin/units/" + top + "/move")
                .then().statusCode(409).body("code", equalTo("unit-cycle"));
        assertEquals(0, data.queryLong("select count(*) from unit where id = ? and parent_id is not null",
                (long) top));

        asAdmin().body(move(other, version(middle))).post("/api/v1/admin/units/" + middle + "/move")
                .then().statusCode(200)
                .body("parentId", equalTo(other))
                .body("version", equalTo(1));
        assertEquals(other, data.queryLong("select parent_id from unit where id = ?", (long) middle));
        assertEquals(1, audits("UNIT_MOVED", middle));

        asAdmin().body(move(null, version(middle))).post("/api/v1/admin/units/" + middle + "/move")
                .then().statusCode(200).body("parentId", nullValue());
    }

    @Test
    void listIsParentsFirstAndHidesInactiveUnlessAsked() {
        int parent = create("Gốc danh sách", null);
        int child = create("Con danh sách", parent);
        int inactive = create("Ngừng danh sách", parent);
        asAdmin().post("/api/v1/admin/units/" + inactive + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        assertEquals(1, audits("UNIT_DEACTIVATED", inactive));

        Account specialist = data.account(parent, Role.SPECIALIST);
        List<Integer> ids = given().auth().oauth2(data.token(specialist)).get("/api/v1/units")
                .then().statusCode(200)
                .body("id", not(hasItem(inactive)))
                .extract().path("id");
        assertTrue(ids.indexOf(parent) < ids.indexOf(child));

        given().auth().oauth2(data.token(specialist)).get("/api/v1/units?includeInactive=true")
                .then().statusCode(200).body("id", hasItem(inactive));

        asAdmin().post("/api/v1/admin/units/" + inactive + "/activate")
                .then().statusCode(200).body("active", equalTo(true));
        given().auth().oauth2(data.token(specialist)).get("/api/v1/units")
                .then().statusCode(200).body("id", hasItem(inactive));
    }

    @Test
    void deletesOnlyUnusedUnits() {
        int unused = create("Tạo nhầm", null);
        asAdmin().delete("/api/v1/admin/units/" + unused).then().statusCode(204);
        assertEquals(0, data.queryLong("select count(*) from unit where id = ?", (long) unused));
        assertEquals(1, audits("UNIT_DELETED", unused));

        int withAccount = create("Có tài khoản", null);
        data.account(withAccount, Role.SPECIALIST);
        asAdmin().delete("/api/v1/admin/units/" + withAccount)
                .then().statusCode(409)
                .body("code", equalTo("unit-in-use"))
                .body("detail", containsString("ngừng hoạt động"));

        int parent = create("Có đơn vị con", null);
        create("Đơn vị con", parent);
        asAdmin().delete("/api/v1/admin/units/" + parent).then().statusCode(409).body("code", equalTo("unit-in-use"));

        int renamed = create("Có lịch sử", null);
        asAdmin().body(Map.of("name", "Đã đổi tên", "kind", "OTHER", "requiresResultApproval", false, "version", 0))
                .put("/api/v1/admin/units/" + renamed).then().statusCode(200);
        asAdmin().delete("/api/v1/admin/units/" + renamed).then().statusCode(409).body("code", equalTo("unit-in-use"));

        assertEquals(3, data.queryLong("select count(*) from unit where id in (?, ?, ?)", (long) withAccount,
                (long) parent, (long) renamed));
        asAdmin().delete("/api/v1/admin/units/999999999").then().statusCode(404);
    }

    @Test
    void onlyAdminsAdministerAndEveryoneSignedInReads() {
        int id = create("Quyền", null);
        for (Role role : List.of(Role.OPERATOR, Role.SPECIALIST, Role.LEADER, Role.PROVINCE_OFFICE)) {
            String token = data.token(data.account(id, role));
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("code", newCode(), "name", "X", "kind", "OTHER"))
                    .post("/api/v1/admin/units").then().statusCode(403).body("code", equalTo("forbidden"));
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("name", "X", "kind", "OTHER", "requiresResultApproval", false, "version", 0))
                    .put("/api/v1/admin/units/" + id).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(move(null, 0))
                    .post("/api/v1/admin/units/" + id + "/move").then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/admin/units/" + id + "/deactivate").then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/admin/units/" + id + "/activate").then().statusCode(403);
            given().auth().oauth2(token).delete("/api/v1/admin/units/" + id).then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/units/" + id).then().statusCode(200);
        }
        given().get("/api/v1/units").then().statusCode(401).body("code", equalTo("unauthorized"));
        given().get("/api/v1/units/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("code", newCode(), "name", "X", "kind", "OTHER"))
                .post("/api/v1/admin/units").then().statusCode(401);
        given().delete("/api/v1/admin/units/" + id).then().statusCode(401);
        assertEquals(1, data.queryLong("select count(*) from unit where id = ? and name = 'Quyền' and active",
                (long) id));
    }
}
