package vn.pakn.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.pakn.PaknFixtures;

/** A unit step starts its clock: deadline in working time, progress, history; leaving it stops the clock. */
@QuarkusTest
class StepDeadlinesTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    private java.time.Instant instant(String column, long id) {
        return java.time.Instant.ofEpochMilli(data.queryLong(
                "select (extract(epoch from " + column + ") * 1000)::bigint from pakn where id = ?", id));
    }

    @Test
    void routingStartsEightWorkingHoursAndReturningTheResultStopsTheClockOnTime() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Ngập úng sau mưa", w.unitA());

        JsonPath detail = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(detail.getString("progress")).isEqualTo("NOT_DUE");
        String started = history(w, id).getString("find { it.action == 'route' }.occurredAt");
        String expected = given().auth().oauth2(w.operator()).queryParam("from", started).queryParam("amount", 480)
                .queryParam("unit", "MINUTES").get("/api/v1/calendar/deadline").then().statusCode(200)
                .extract().path("deadline");
        assertThat(java.time.Instant.parse(detail.getString("deadline")))
                .isEqualTo(java.time.Instant.parse(expected));
        java.time.Instant start = java.time.Instant.parse(started);
        java.time.Instant deadline = java.time.Instant.parse(expected);
        java.time.Instant dueSoon = start.plusMillis(
                java.time.Duration.between(start, deadline).toMillis() * 3 / 4);
        assertThat(instant("due_soon_at", id)).isCloseTo(dueSoon, within(1, ChronoUnit.SECONDS));
        java.time.Instant dayBefore = deadline.minus(java.time.Duration.ofHours(24));
        assertThat(instant("remind_at", id)).isEqualTo(dayBefore.isAfter(start) ? dayBefore
                : instant("due_soon_at", id));
        List<String> routeFields = history(w, id).getList("find { it.action == 'route' }.changes.label");
        assertThat(routeFields).contains("Hạn xử lý", "Tiến độ");

        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA(),
                "resultContent", "Đã khơi thông cống thoát nước")).statusCode(200);
        fx.act(w.specialistA(), id, "return-result").statusCode(200);
        detail = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().extract().jsonPath();
        assertThat(detail.getString("progress")).isEqualTo("ON_TIME");
        assertThat(detail.getString("deadline")).isNull();
        assertThat(data.queryLong("select count(*) from pakn where id = ? and due_soon_at is null"
                + " and remind_at is null", id)).isEqualTo(1);
        assertThat(history(w, id).getList("find { it.action == 'return-result' }.changes.newValue"))
                .contains("Đúng hạn");
    }

    private static JsonPath history(PaknFixtures.World w, long id) {
        return given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
    }
}
