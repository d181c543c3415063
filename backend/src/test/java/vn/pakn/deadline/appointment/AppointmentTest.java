package vn.pakn.deadline.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

@QuarkusTest
class AppointmentTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    @Test
    void anAppointmentMovesTheDeadlineInWorkingTimeWritesHistoryAndListsTheItem() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Hẹn xử lý: đường ngập nước", w.unitA());
        Instant old = deadline(w.specialistA(), id);

        fx.act(w.specialistA(), id, "appoint", appointment(3, "DAYS", 1, "DAYS", "Cần khảo sát thực địa"))
                .statusCode(200).body("status", equalTo("APPOINTED"));

        Instant expected = Instant.parse(given().auth().oauth2(w.specialistA()).queryParam("from", old.toString())
                .queryParam("amount", 3).queryParam("unit", "DAYS").get("/api/v1/calendar/deadline").then()
                .statusCode(200).extract().path("deadline"));
        Instant moved = deadline(w.specialistA(), id);
        assertEquals(expected, moved);
        assertTrue(Duration.between(old, moved).toHours() > 3 * 7, "3 working days span nights: " + old + " → " + moved);
        assertEquals(1, data.queryLong("select count(*) from pakn where id = ? and status = 'APPOINTED'"
                + " and deadline_extended and progress = 'NOT_DUE' and remind_at = deadline - interval '1 day'"
                + " and due_soon_at < deadline", id));
        assertEquals(1, data.queryLong("select count(*) from appointment where pakn_id = ? and state = 'APPROVED'"
                + " and amount = 3 and time_unit = 'DAYS' and reminder_text = ?", id,
                AppointmentService.DEFAULT_REMINDER_TEXT));

        JsonPath history = given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/history").then()
                .statusCode(200).extract().jsonPath();
        int last = history.getList("action").size() - 1;
        assertEquals("appoint", history.getString("[" + last + "].action"));
        assertEquals("Cần khảo sát thực địa", history.getString("[" + last + "].comment"));
        // Tiến độ was Chưa đến hạn already: only real changes are written
        assertEquals(List.of("Trạng thái", "Hạn xử lý"), history.getList("[" + last + "].changes.label"));
        assertEquals("Hẹn xử lý", history.getString("[" + last + "].changes[0].newValue"));

        JsonPath slips = given().auth().oauth2(w.specialistA()).get("/api/v1/appointments").then().statusCode(200)
                .extract().jsonPath();
        assertEquals((int) id, slips.getInt("items[0].paknId"));
        assertEquals("Hẹn xử lý", slips.getString("items[0].statusLabel"));
        assertEquals("Xử lý chuyên ngành", slips.getString("items[0].task"));
        assertEquals(moved, Instant.parse(slips.getString("items[0].dueAt")));

        // the officer keeps processing it: taking it and letting it go leave it Hẹn xử lý, the appointment holds
        fx.act(w.specialistA(), id, "claim").statusCode(200).body("status", equalTo("APPOINTED"));
        fx.act(w.specialistA(), id, "release").statusCode(200).body("status", equalTo("APPOINTED"));
        fx.act(w.specialistA(), id, "claim").statusCode(200);
        assertEquals(moved, deadline(w.specialistA(), id));
        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA(),
                "resultContent", "Đã khảo sát và khắc phục")).statusCode(200);
        fx.act(w.specialistA(), id, "return-result").statusCode(200).body("stepName", equalTo("Trả kết quả"));
    }

    @Test
    void theReasonIsRequiredAndTheAmountPositive() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Hẹn xử lý: thiếu lý do", w.unitA());
        fx.act(w.specialistA(), id, "appoint", appointment(2, "DAYS", 1, "DAYS", " ")).statusCode(400)
                .body("errors.field", contains("reason"));
        fx.act(w.specialistA(), id, "appoint", appointment(0, "DAYS", 1, "DAYS", "Lý do")).statusCode(400)
                .body("errors.field", contains("amount"));
        assertEquals(0, data.queryLong("select count(*) from appointment where pakn_id = ?", id));
        assertEquals(0, data.queryLong("select count(*) from pakn where id = ? and status = 'APPOINTED'", id));
    }

    @Test
    void onlyItemsThatNeedMoreThanEightWorkingHoursMayBeAppointed() {
        PaknFixtures.World w = fx.world();
        long category = data.queryLong("insert into category (id, code, name) values (nextval('category_seq'),"
                + " 'HEN_' || nextval('category_seq'), 'Thử hẹn ngắn') returning id");
        data.queryLong("insert into step_duration (id, process_step_id, category_id, working_minutes)"
                + " select nextval('step_duration_seq'), s.id, ?, 60 from process_step s"
                + " where s.code = 'XU_LY_CHUYEN_NGANH' returning id", category);
        Map<String, Object> form = fx.form("Hẹn xử lý: việc một giờ");
        form.put("categoryId", category);
        long id = ((Number) given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form)
                .post("/api/v1/pakn").then().statusCode(201).extract().path("id")).longValue();
        fx.act(w.operator(), id, "receive").statusCode(200);
        fx.act(w.operator(), id, "route", Map.of("mainUnitId", w.unitA())).statusCode(200);

        // 1 + 1 working hours: not more than 8
        fx.act(w.specialistA(), id, "appoint", appointment(1, "HOURS", 30, "MINUTES", "Cần thêm một giờ"))
                .statusCode(409).body("code", equalTo("appointment-too-short"))
                .body("detail", org.hamcrest.Matchers.containsString("08 giờ làm việc"));
        assertEquals(0, data.queryLong("select count(*) from appointment where pakn_id = ?", id));
        // 1 + 8 working hours
        fx.act(w.specialistA(), id, "appoint", appointment(8, "HOURS", 30, "MINUTES", "Cần thêm một ngày"))
                .statusCode(200).body("status", equalTo("APPOINTED"));
    }

    @Test
    void aPendingAppointmentChangesNothingUntilTheLeaderApproves() {
        PaknFixtures.World w = fx.world();
        requireApproval(w.unitA());
        long id = fx.routed(w, "Hẹn xử lý: chờ lãnh đạo duyệt", w.unitA());
        Instant old = deadline(w.specialistA(), id);

        fx.act(w.specialistA(), id, "appoint", appointment(2, "DAYS", 4, "HOURS", "Chờ ý kiến sở ngành"))
                .statusCode(200).body("status", equalTo("WAITING"));
        assertEquals(old, deadline(w.specialistA(), id));
        assertEquals(0, data.queryLong("select count(*) from pakn where id = ? and deadline_extended", id));
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/actions").then()
                .body("action", not(hasItem("appoint"))).body("action", not(hasItem("approve-appointment")));
        fx.act(w.specialistA(), id, "appoint", appointment(1, "DAYS", 4, "HOURS", "Lần nữa")).statusCode(409)
                .body("code", equalTo("action-not-allowed"));
        fx.act(w.specialistA(), id, "approve-appointment").statusCode(403);
        given().auth().oauth2(w.leaderA()).get("/api/v1/pakn/" + id + "/actions").then()
                .body("action", hasItem("approve-appointment")).body("action", hasItem("reject-appointment"));
        given().auth().oauth2(w.leaderA()).get("/api/v1/pakn/" + id + "/appointments").then().statusCode(200)
                .body("state", contains("PENDING")).body("reason", contains("Chờ ý kiến sở ngành"));
        given().auth().oauth2(w.leaderA()).queryParam("state", "PENDING").get("/api/v1/appointments").then()
                .body("items.paknId", hasItem((int) id));

        // meanwhile the item turned Sắp đến hạn (the progress sweep's work)
        data.queryLong("update pakn set progress = 'DUE_SOON' where id = ? returning id", id);
        fx.act(w.leaderA(), id, "approve-appointment", Map.of("reason", "Đồng ý")).statusCode(200)
                .body("status", equalTo("APPOINTED"));
        assertTrue(deadline(w.specialistA(), id).isAfter(old));
        assertEquals(1, data.queryLong("select count(*) from appointment where pakn_id = ? and state = 'APPROVED'"
                + " and decided_by is not null and new_deadline = (select deadline from pakn where id = ?)", id, id));
        assertEquals(1, data.queryLong("select count(*) from pakn where id = ? and deadline_extended"
                + " and remind_at = deadline - interval '4 hours'", id));
        JsonPath history = given().auth().oauth2(w.leaderA()).get("/api/v1/pakn/" + id + "/history").then()
                .extract().jsonPath();
        List<String> actions = history.getList("action");
        assertEquals(List.of("appoint", "approve-appointment"), actions.subList(actions.size() - 2, actions.size()));
        assertEquals(List.of("Trạng thái", "Hạn xử lý", "Tiến độ"),
                history.getList("[" + (actions.size() - 1) + "].changes.label"));
        assertEquals(List.of("Sắp đến hạn", "Chưa đến hạn"), List.of(
                history.getString("[" + (actions.size() - 1) + "].changes[2].oldValue"),
                history.getString("[" + (actions.size() - 1) + "].changes[2].newValue")));
        fx.act(w.leaderA(), id, "approve-appointment").statusCode(409).body("code", equalTo("action-not-allowed"));
    }

    @Test
    void theLeaderRejectsWithAReason() {
        PaknFixtures.World w = fx.world();
        requireApproval(w.unitA());
        long id = fx.routed(w, "Hẹn xử lý: bị từ chối", w.unitA());
        Instant old = deadline(w.specialistA(), id);
        fx.act(w.specialistA(), id, "appoint", appointment(5, "DAYS", 1, "DAYS", "Chưa có kinh phí"))
                .statusCode(200);

        fx.act(w.leaderA(), id, "reject-appointment").statusCode(400).body("errors.field", contains("reason"));
        fx.act(w.leaderA(), id, "reject-appointment", Map.of("reason", "Phải xử lý trong hạn")).statusCode(200)
                .body("status", equalTo("WAITING"));
        assertEquals(old, deadline(w.specialistA(), id));
        assertEquals(1, data.queryLong("select count(*) from appointment where pakn_id = ? and state = 'REJECTED'"
                + " and decision_reason = 'Phải xử lý trong hạn'", id));
        assertEquals(0, data.queryLong("select count(*) from pakn where id = ? and deadline_extended", id));
        // a new appointment may be asked again
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/actions").then()
                .body("action", hasItem("appoint"));
    }

    @Test
    void anotherUnitNeitherAppointsNorSeesTheSlips() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Hẹn xử lý: đơn vị khác", w.unitA());
        fx.act(w.specialistB(), id, "appoint", appointment(2, "DAYS", 1, "DAYS", "Không phải việc của B"))
                .statusCode(404);
        fx.act(w.specialistA(), id, "appoint", appointment(2, "DAYS", 1, "DAYS", "Việc của A")).statusCode(200);

        given().auth().oauth2(w.specialistB()).get("/api/v1/appointments").then().statusCode(200)
                .body("items.paknId", not(hasItem((int) id)));
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn/" + id + "/appointments").then().statusCode(404);
        given().auth().oauth2(w.operator()).queryParam("q", "đơn vị khác").get("/api/v1/appointments").then()
                .statusCode(200).body("items.paknId", hasItem((int) id));
        given().auth().oauth2(w.operator()).queryParam("q", "không có phiếu nào như vậy")
                .get("/api/v1/appointments").then().body("items.paknId", not(hasItem((int) id)));
        given().auth().oauth2(w.specialistA()).queryParam("state", "REJECTED").get("/api/v1/appointments").then()
                .body("items.paknId", not(hasItem((int) id)));
        given().auth().oauth2(w.specialistA()).queryParam("state", "LATER").get("/api/v1/appointments").then()
                .statusCode(400).body("errors.field", contains("state"));
    }

    @Test
    void coordinatingUnitsGetADeadlineInsideTheMainUnits() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Hẹn xử lý: phối hợp", w.unitA(), w.unitB(), w.unitC());
        JsonPath detail = given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .extract().jsonPath();
        Instant main = Instant.parse(detail.getString("deadline"));
        Instant sub = Instant.parse(detail.getString("coordinatingUnits[0].deadline"));
        assertTrue(sub.isBefore(main) && sub.isAfter(Instant.now().minusSeconds(60)), sub + " inside " + main);
        fx.act(w.specialistC(), id, "comment", Map.of("comment", "Đơn vị C đã có ý kiến")).statusCode(200);
        Instant answeredSub = subDeadline(id, w.unitC());

        // an appointment moves the deadline of the coordinators that still owe an opinion with the main one
        fx.act(w.specialistA(), id, "appoint", appointment(2, "DAYS", 1, "DAYS", "Chờ đơn vị phối hợp"))
                .statusCode(200);
        Instant later = subDeadline(id, w.unitB());
        assertTrue(later.isAfter(sub) && later.isBefore(deadline(w.specialistA(), id)));
        assertEquals(1, data.queryLong("select count(*) from pakn_unit where pakn_id = ? and unit_id = ?"
                + " and remind_at > ? and remind_at < deadline", id, w.unitB(), java.sql.Timestamp.from(sub)));
        assertEquals(answeredSub, subDeadline(id, w.unitC()), "the answered coordinator keeps its deadline");

        // coordinating again stays at Xử lý phối hợp: neither the clock nor the appointment starts over, and a unit
        // that stays keeps its opinion; one that leaves and comes back owes a new one
        Instant appointed = deadline(w.specialistA(), id);
        fx.act(w.specialistA(), id, "coordinate", Map.of("mainUnitId", w.unitA(), "coordinatingUnitIds",
                List.of(w.unitB(), w.unitC()))).statusCode(200).body("status", equalTo("APPOINTED"));
        assertEquals(appointed, deadline(w.specialistA(), id));
        assertEquals(1, answered(id, w.unitC()));
        fx.act(w.specialistA(), id, "coordinate", Map.of("mainUnitId", w.unitA(), "coordinatingUnitIds",
                List.of(w.unitB()))).statusCode(200);
        fx.act(w.specialistA(), id, "coordinate", Map.of("mainUnitId", w.unitA(), "coordinatingUnitIds",
                List.of(w.unitB(), w.unitC()))).statusCode(200);
        assertEquals(0, answered(id, w.unitC()));
        assertEquals(appointed, deadline(w.specialistA(), id));
    }

    private long answered(long id, long unit) {
        return data.queryLong("select count(*) from pakn_unit where pakn_id = ? and unit_id = ? and active"
                + " and answered_at is not null", id, unit);
    }

    @Test
    void adminsSetWhetherAUnitsAppointmentsNeedItsLeader() {
        String admin = fx.token(data.unit("Phòng quản trị hẹn", UnitKind.OTHER), Role.ADMIN);
        String code = "HEN" + System.nanoTime() % 1_000_000_000;
        int id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("code", code,
                "name", "Sở Thử hẹn", "kind", "DEPARTMENT", "requiresAppointmentApproval", true))
                .post("/api/v1/admin/units").then().statusCode(201)
                .body("requiresAppointmentApproval", equalTo(true)).extract().path("id");
        // a client that does not know the setting leaves it as it is
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "Sở Thử hẹn 2",
                "kind", "DEPARTMENT", "requiresResultApproval", false, "version", 0))
                .put("/api/v1/admin/units/" + id).then().statusCode(200)
                .body("requiresAppointmentApproval", equalTo(true));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "Sở Thử hẹn 2",
                "kind", "DEPARTMENT", "requiresResultApproval", false, "version", 1,
                "requiresAppointmentApproval", false))
                .put("/api/v1/admin/units/" + id).then().statusCode(200)
                .body("requiresAppointmentApproval", equalTo(false));
        assertEquals(1, data.queryLong("select count(*) from unit where id = ? and not requires_appointment_approval",
                (long) id));
        assertEquals(1, data.queryLong("select count(*) from audit_event where action = 'UNIT_UPDATED' and target_id"
                + " = ? and details -> 'requiresAppointmentApproval' ->> 'to' = 'false'", Integer.toString(id)));
    }

    private Instant subDeadline(long id, long unit) {
        return Instant.ofEpochMilli(data.queryLong("select (extract(epoch from deadline) * 1000)::bigint"
                + " from pakn_unit where pakn_id = ? and unit_id = ?", id, unit));
    }

    private void requireApproval(long unit) {
        data.queryLong("update unit set requires_appointment_approval = true where id = ? returning id", unit);
    }

    private Instant deadline(String token, long id) {
        return Instant.parse(given().auth().oauth2(token).get("/api/v1/pakn/" + id).then().statusCode(200)
                .extract().path("deadline"));
    }

    private static Map<String, Object> appointment(int amount, String unit, int reminder, String reminderUnit,
            String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("unit", unit);
        body.put("reminderAmount", reminder);
        body.put("reminderUnit", reminderUnit);
        body.put("reason", reason);
        return body;
    }
}
