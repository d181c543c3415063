package vn.pakn.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class CalendarResourceTest {

    @Inject
    TestData data;

    private String admin;
    private String specialist;

    @BeforeEach
    void accounts() {
        long unit = data.unit("Sở Thử nghiệm Lịch", UnitKind.DEPARTMENT);
        admin = data.token(data.account(unit, Role.ADMIN));
        specialist = data.token(data.account(unit, Role.SPECIALIST));
    }

    @Test
    void theSeededCalendarKnowsTetAndTheCompensatorySaturday() {
        given().auth().oauth2(specialist).get("/api/v1/calendar")
                .then().statusCode(200)
                .body("holidays.day", hasItem("2026-02-17"))
                .body("compensatoryDays.day", hasItem("2026-01-10"))
                .body("schedules[0].days.MONDAY[0].start", equalTo("07:30:00"));
        // Friday 13/02/2026 16:00 (+07) plus 2 working hours: Tết week skipped, Monday 23/02 08:30
        deadline(specialist, "2026-02-13T09:00:00Z", 2, "HOURS").body("deadline", equalTo("2026-02-23T01:30:00Z"));
    }

    @Test
    void aHolidayAddedByTheAdminMovesDeadlines() {
        // Wednesday 2027-03-03 08:00 (+07) + 1 working hour = 09:00 the same day, until it becomes a holiday
        deadline(specialist, "2027-03-03T01:00:00Z", 60, "MINUTES").body("deadline", equalTo("2027-03-03T02:00:00Z"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("day", "2027-03-03", "name", "Ngày nghỉ thử nghiệm"))
                .post("/api/v1/admin/calendar/holidays").then().statusCode(201);
        deadline(specialist, "2027-03-03T01:00:00Z", 60, "MINUTES").body("deadline", equalTo("2027-03-04T01:30:00Z"));

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("day", "2027-03-03", "name", "Lần nữa"))
                .post("/api/v1/admin/calendar/holidays").then().statusCode(409)
                .body("code", equalTo("calendar-day-exists"))
                .body("detail", equalTo("Ngày 03/03/2027 đã có trong lịch."));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("day", "2027-03-03", "name", "Làm bù"))
                .post("/api/v1/admin/calendar/compensatory-days").then().statusCode(409)
                .body("code", equalTo("calendar-day-conflict"));

        given().auth().oauth2(admin).delete("/api/v1/admin/calendar/holidays/2027-03-03").then().statusCode(204);
        deadline(specialist, "2027-03-03T01:00:00Z", 60, "MINUTES").body("deadline", equalTo("2027-03-03T02:00:00Z"));
    }

    @Test
    void onlyAdminsMaintainTheCalendar() {
        given().auth().oauth2(specialist).contentType(ContentType.JSON)
                .body(Map.of("day", "2027-03-05", "name", "Không được"))
                .post("/api/v1/admin/calendar/holidays").then().statusCode(403);
        given().contentType(ContentType.JSON).get("/api/v1/calendar").then().statusCode(401);
    }

    @Test
    void overlappingPeriodsAreAFieldError() {
        Map<String, Object> schedule = Map.of("name", "Lịch sai", "validFrom", "2027-06-01",
                "days", Map.of("MONDAY", java.util.List.of(Map.of("start", "07:30", "end", "11:30"),
                        Map.of("start", "11:00", "end", "17:00"))));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(schedule)
                .post("/api/v1/admin/calendar/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("days.MONDAY"));
    }

    @Test
    void aDeadlinePreviewIsBoundedSoThatNoRequestWalksTheCalendarForAges() {
        deadline(specialist, "2026-01-05T01:00:00Z", 999, "DAYS");
        given().auth().oauth2(specialist).queryParam("from", "2026-01-05T01:00:00Z").queryParam("amount", 1_000_000_000)
                .queryParam("unit", "DAYS").get("/api/v1/calendar/deadline").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        given().auth().oauth2(specialist).queryParam("from", "-999999999-01-01T00:00:00Z").queryParam("amount", 1)
                .queryParam("unit", "DAYS").get("/api/v1/calendar/deadline").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aScheduleWithoutWorkingHoursIsAFieldError() {
        long schedules = data.queryLong("select count(*) from working_schedule");
        Map<String, Object> schedule = Map.of("name", "Lịch trống", "validFrom", "2027-06-01",
                "days", Map.of("MONDAY", java.util.List.of()));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(schedule)
                .post("/api/v1/admin/calendar/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("days"))
                .body("errors[0].message", equalTo("Lịch làm việc phải có ít nhất một khung giờ làm việc trong tuần"));
        assertEquals(schedules, data.queryLong("select count(*) from working_schedule"));
    }

    private io.restassured.response.ValidatableResponse deadline(String token, String from, long amount, String unit) {
        return given().auth().oauth2(token)
                .queryParam("from", from).queryParam("amount", amount).queryParam("unit", unit)
                .get("/api/v1/calendar/deadline").then().statusCode(200);
    }
}
