package vn.pakn.pakn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;

@QuarkusTest
class PaknRecordTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    @Test
    void editNeedsTheVersionAndRecordsEveryChangedField() {
        PaknFixtures.World w = fx.world();
        long id = fx.create(w.operator(), "Tiêu đề ban đầu");
        Map<String, Object> form = fx.form("Tiêu đề đã sửa");
        form.put("reporterPhone", "0900000002");
        form.put("identityDisclosed", true);
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form).put("/api/v1/pakn/" + id)
                .then().statusCode(428).body("code", equalTo("precondition-required"));
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form).header("If-Match", "\"7\"")
                .put("/api/v1/pakn/" + id).then().statusCode(409).body("code", equalTo("stale-version"));
        given().auth().oauth2(w.specialistA()).contentType(ContentType.JSON).body(form).header("If-Match", "\"0\"")
                .put("/api/v1/pakn/" + id).then().statusCode(403);
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form).header("If-Match", "\"0\"")
                .put("/api/v1/pakn/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Tiêu đề đã sửa")).body("version", equalTo(1));
        JsonPath history = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then()
                .extract().jsonPath();
        assertEquals("edit", history.getString("[1].action"));
        assertEquals(List.of("Tiêu đề", "Nội dung", "Số điện thoại", "Định danh"), history.getList("[1].changes.label"));
        assertEquals(List.of("Tiêu đề ban đầu", "Người dân phản ánh: Tiêu đề ban đầu", "0900000001", "Không"),
                history.getList("[1].changes.oldValue"));
        assertEquals("Chỉnh sửa", history.getString("[1].actionLabel"));
    }

    @Test
    void badIntakeIsA400AndOnlyOperatorsCreate() {
        PaknFixtures.World w = fx.world();
        Map<String, Object> form = fx.form("");
        form.put("categoryId", 999_999_999L);
        long before = data.queryLong("select count(*) from pakn");
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form).post("/api/v1/pakn").then()
                .statusCode(400).body("code", equalTo("validation")).body("errors.field", hasItem("title"));
        form.put("title", "Hợp lệ");
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form).post("/api/v1/pakn").then()
                .statusCode(400).body("errors[0].field", equalTo("categoryId"));
        given().auth().oauth2(w.specialistA()).contentType(ContentType.JSON).body(fx.form("x")).post("/api/v1/pakn")
                .then().statusCode(403);
        Map<String, Object> wrongType = fx.form("Rác thải");
        wrongType.put("categoryId", "Vệ sinh môi trường"); // a name where the id goes
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(wrongType).post("/api/v1/pakn").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-body"))
                .body("errors[0].field", equalTo("categoryId"))
                .body("errors[0].message", equalTo("Giá trị không đúng kiểu dữ liệu"));
        Map<String, Object> withNul = fx.form("Rác thải");
        withNul.put("reporterName", "Nguyễn\u0000Văn A"); // pasted from a broken document: PostgreSQL stores no NUL
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(withNul).post("/api/v1/pakn").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-character"));
        assertEquals(before, data.queryLong("select count(*) from pakn"));
    }

    @Test
    void processViewMarksTheCurrentStep() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Xem quy trình", w.unitA());
        JsonPath process = given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/process").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Quy trình 1022", process.getString("name"));
        assertEquals(List.of("Chờ tiếp nhận", "Nhân viên trực", "Xử lý chuyên ngành", "Xử lý phối hợp chuyên viên",
                "Trả kết quả", "Hoàn thành", "Lãnh đạo sở ban ngành", "VP UBND Tỉnh"), process.getList("steps.name"));
        assertEquals(List.of("Xử lý chuyên ngành"), process.getList("steps.findAll { it.current }.name"));
        assertEquals(process.getLong("currentStepId"), process.getLong("steps.find { it.current }.id"));
        org.hamcrest.MatcherAssert.assertThat(process.getList("moves.action"), hasItem("return-result"));
    }

    @Test
    void categoriesAndChannelsAreAdminData() {
        PaknFixtures.World w = fx.world();
        String admin = fx.token(w.center(), Role.ADMIN);
        given().auth().oauth2(w.specialistA()).get("/api/v1/categories").then().statusCode(200)
                .body("name", hasItem("Vệ sinh môi trường"));
        given().auth().oauth2(w.specialistA()).get("/api/v1/channels").then().statusCode(200)
                .body("name", hasItem("Tổng đài 1022"));
        given().auth().oauth2(w.specialistA()).get("/api/v1/admin/categories").then().statusCode(403);
        String code = "TEST_" + System.nanoTime();
        int id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Chuyên mục thử", "sortOrder", 5, "active", true))
                .post("/api/v1/admin/categories").then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Trùng mã", "sortOrder", 5, "active", true))
                .post("/api/v1/admin/categories").then().statusCode(409).body("code", equalTo("catalog-code-taken"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("null").post("/api/v1/admin/categories")
                .then().statusCode(400).body("code", equalTo("validation"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("code", code, "name", "Chuyên mục thử", "sortOrder", 5, "active", false))
                .put("/api/v1/admin/categories/" + id).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(w.specialistA()).get("/api/v1/categories").then().body("id", not(hasItem(id)));
        given().auth().oauth2(admin).get("/api/v1/admin/categories").then().body("id", hasItem(id));
    }
}
