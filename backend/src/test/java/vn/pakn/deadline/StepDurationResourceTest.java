package vn.pakn.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;

/** Thời hạn xử lý: administrators set each step's processing time; the next step start uses it. */
@QuarkusTest
class StepDurationResourceTest {

    private static final String BASE = "/api/v1/admin/step-durations";

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    private PaknFixtures.World w;
    private String admin;
    private long processing;
    private long category;

    @BeforeEach
    void world() {
        w = fx.world();
        admin = fx.token(w.center(), Role.ADMIN);
        processing = data.queryLong("select id from process_step where code = 'XU_LY_CHUYEN_NGANH'");
        category = fx.categoryId();
    }

    @AfterEach
    void restoreTheSeed() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("amount", 8, "unit", "HOURS"))
                .put(BASE + "/" + processing + "/default").then().statusCode(200);
        given().auth().oauth2(admin).delete(BASE + "/" + processing + "/categories/" + category);
    }

    @Test
    void listsEveryStepButTheFinalOneWithTheSeededEightHours() {
        given().auth().oauth2(admin).get(BASE).then().statusCode(200)
                .body("workingDayMinutes", equalTo(450))
                .body("steps.code", hasItem("LANH_DAO_SO"))
                .body("steps.code", not(hasItem("HOAN_THANH")))
                .body("steps.find { it.code == 'XU_LY_CHUYEN_NGANH' }.workingMinutes", equalTo(480))
                .body("steps.find { it.code == 'XU_LY_CHUYEN_NGANH' }.processName", not(nullValue()))
                .body("steps.find { it.code == 'NHAN_VIEN_TRUC' }.workingMinutes", nullValue())
                .body("steps.find { it.code == 'NHAN_VIEN_TRUC' }.categories", empty());
    }

    @Test
    void aCategoryOverrideAppliesToTheNextStepStartAndRemovingItRestoresTheDefault() {
        put(processing + "/categories/" + category, 2, "HOURS").statusCode(200)
                .body("stepId", equalTo((int) processing))
                .body("workingMinutes", equalTo(480))
                .body("categories[0].categoryId", equalTo((int) category))
                .body("categories[0].workingMinutes", equalTo(120));
        assertThat(data.queryLong("select working_minutes from step_duration where process_step_id = ?"
                + " and category_id = ?", processing, category)).isEqualTo(120);
        long shortItem = fx.routed(w, "Rác thải ven suối", w.unitA());
        assertThat(deadline(shortItem)).isEqualTo(expected(shortItem, 120));

        given().auth().oauth2(admin).delete(BASE + "/" + processing + "/categories/" + category).then()
                .statusCode(200).body("categories", empty());
        long defaultItem = fx.routed(w, "Khói bụi nhà máy", w.unitA());
        assertThat(deadline(defaultItem)).isEqualTo(expected(defaultItem, 480));

        given().auth().oauth2(admin).delete(BASE + "/" + processing + "/categories/" + category).then()
                .statusCode(404);
    }

    @Test
    void daysAreWorkingDaysOfTheScheduleInForce() {
        put(processing + "/default", 2, "DAYS").statusCode(200).body("workingMinutes", equalTo(900));
        assertThat(data.queryLong("select working_minutes from step_duration where process_step_id = ?"
                + " and category_id is null", processing)).isEqualTo(900);
    }

    @Test
    void invalidAmountsAreFieldErrorsInVietnamese() {
        put(processing + "/default", 0, "HOURS").statusCode(400).body("errors[0].field", equalTo("amount"));
        put(processing + "/default", 251, "DAYS").statusCode(400)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("Thời hạn xử lý không được quá 250 ngày làm việc"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("amount", 3))
                .put(BASE + "/" + processing + "/default").then().statusCode(400);
        assertThat(data.queryLong("select working_minutes from step_duration where process_step_id = ?"
                + " and category_id is null", processing)).isEqualTo(480);
    }

    @Test
    void theFinalStepUnknownStepsAndCategoriesAreRefused() {
        long last = data.queryLong("select id from process_step where code = 'HOAN_THANH'");
        put(last + "/default", 1, "HOURS").statusCode(409).body("code", equalTo("step-duration-final-step"))
                .body("detail", equalTo("Bước kết thúc của quy trình không có thời hạn xử lý."));
        put("999999999/default", 1, "HOURS").statusCode(404);
        put(processing + "/categories/999999999", 1, "HOURS").statusCode(404);
    }

    @Test
    void onlyAdministratorsSeeAndChangeProcessingTimes() {
        given().auth().oauth2(w.specialistA()).get(BASE).then().statusCode(403);
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(Map.of("amount", 1, "unit", "HOURS"))
                .put(BASE + "/" + processing + "/default").then().statusCode(403);
        given().get(BASE).then().statusCode(401);
    }

    private ValidatableResponse put(String path, long amount, String unit) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "unit", unit)).put(BASE + "/" + path).then();
    }

    private Instant deadline(long id) {
        return Instant.parse(given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .extract().path("deadline"));
    }

    private Instant expected(long id, int minutes) {
        String started = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then()
                .statusCode(200).extract().path("find { it.action == 'route' }.occurredAt");
        return Instant.parse(given().auth().oauth2(w.operator()).queryParam("from", started)
                .queryParam("amount", minutes).queryParam("unit", "MINUTES").get("/api/v1/calendar/deadline")
                .then().statusCode(200).extract().path("deadline"));
    }
}
