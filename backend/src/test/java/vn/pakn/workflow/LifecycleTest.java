package vn.pakn.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;

/** The whole life of a PAKN through HTTP, with every history row checked. */
@QuarkusTest
class LifecycleTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    @Test
    void createReceiveRouteCoordinateAnswerComplete() {
        PaknFixtures.World w = fx.world();
        long id = fx.create(w.operator(), "Ô nhiễm tiếng ồn khu dân cư");
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", matchesPattern("1022-\\d{4}-\\d{6}"))
                .body("status", equalTo("AWAITING_RECEPTION"))
                .body("step.name", equalTo("Chờ tiếp nhận"))
                .body("reporter.name", equalTo("Nguyễn Văn Thử"))
                .body("reporter.hidden", equalTo(false));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/actions").then().statusCode(200)
                .body("action", contains("receive", "edit", "publish", "comment"));

        fx.act(w.operator(), id, "receive").statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("IN_PROGRESS")).body("stepName", equalTo("Nhân viên trực"));
        fx.act(w.operator(), id, "route", Map.of("mainUnitId", w.unitA(), "coordinatingUnitIds", List.of(w.unitB()),
                "comment", "Đề nghị Sở A chủ trì, Sở B phối hợp", "notifyNext", true))
                .statusCode(200).body("stepName", equalTo("Xử lý phối hợp chuyên viên")).body("status", equalTo("WAITING"));

        // the unit's specialist sees it in the inbox, with the reporter's identity hidden
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/inbox").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.find { it.id == " + id + " }.task",
                        equalTo("Xử lý phối hợp chuyên viên"));
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .body("reporter.hidden", equalTo(true)).body("reporter.name", nullValue())
                .body("reporter.phone", nullValue())
                .body("coordinatingUnits.id", contains((int) w.unitB()));
        // nor does the history tell it, where the creation recorded the reporter's fields
        String reporterName = "[0].changes.find { it.field == 'REPORTER_NAME' }.newValue";
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/history").then().statusCode(200)
                .body(reporterName, equalTo("(ẩn danh)"))
                .body(not(containsString("Nguyễn Văn Thử")), not(containsString("0900000001")));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then()
                .body(reporterName, equalTo("Nguyễn Văn Thử"));
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn/" + id + "/actions").then().statusCode(200)
                .body("action", contains("comment"));

        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn/inbox").then().body("items.id", hasItem((int) id));
        fx.act(w.specialistB(), id, "comment", Map.of("comment", "Sở B đã kiểm tra hiện trường")).statusCode(200);
        // its opinion given, the coordinating unit has nothing left to do on it: out of its queue, still in Tất cả
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn/inbox").then()
                .body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn").then().body("items.id", hasItem((int) id));
        fx.act(w.specialistB(), id, "return-result").statusCode(403).body("code", equalTo("pakn-not-your-unit"));
        fx.act(w.specialistA(), id, "claim").statusCode(200).body("status", equalTo("IN_PROGRESS"));

        long pdf = given().config(AttachmentsTest.UTF8_FILE_NAMES).auth().oauth2(w.specialistA())
                .multiPart("file", "kết quả.pdf", AttachmentsTest.PDF, "application/pdf")
                .multiPart("purpose", "RESULT")
                .post("/api/v1/pakn/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).extract().jsonPath().getLong("id");
        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA(),
                "resultContent", "Đã xử lý: cơ sở gây ồn đã bị nhắc nhở", "resultPublic", true)).statusCode(200);
        fx.act(w.specialistA(), id, "return-result", Map.of("comment", "Đã xử lý xong")).statusCode(200)
                .body("stepName", equalTo("Trả kết quả"));
        fx.act(w.specialistA(), id, "comment", Map.of("comment", "muộn")).statusCode(409)
                .body("code", equalTo("action-not-allowed"));
        fx.act(w.operator(), id, "complete", Map.of("comment", "Đã trả lời công dân qua điện thoại")).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("stepName", equalTo("Hoàn thành"));

        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .body("result.content", equalTo("Đã xử lý: cơ sở gây ồn đã bị nhắc nhở"))
                .body("result.unit.id", equalTo((int) w.unitA()))
                .body("result.published", equalTo(true));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/comments").then().statusCode(200)
                .body("content", contains("Sở B đã kiểm tra hiện trường"))
                .body("unitName", contains("Sở Thử nghiệm B"));
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(200)
                .body("id", contains((int) pdf));

        JsonPath history = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("create", "receive", "route", "comment", "claim", "attach", "update-result",
                "return-result", "complete"), history.getList("action"));
        String specialistA = w.specialistAName();
        // 8 working hours from the routing (deadline.StepDeadlinesTest checks the arithmetic)
        String deadline = history.getString("[2].changes.find { it.label == 'Hạn xử lý' }.newValue");
        assertEquals(true, deadline != null && deadline.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}"));
        assertEquals(specialistA, history.getString("[4].actorLabel"));
        assertChanges(history, 0, List.of(
                List.of("Trạng thái", "", "Chờ tiếp nhận"), List.of("Bước", "", "Chờ tiếp nhận")), true);
        assertChanges(history, 1, List.of(
                List.of("Quy trình", "Quy trình 1022", "Quy trình 1022"),
                List.of("Bước", "Chờ tiếp nhận", "Nhân viên trực"),
                List.of("Trạng thái", "Chờ tiếp nhận", "Đang xử lý")), false);
        assertChanges(history, 2, List.of(
                List.of("Đơn vị xử lý", "", "Sở Thử nghiệm A"),
                List.of("Đơn vị phối hợp", "", "Sở Thử nghiệm B"),
                List.of("Bước", "Nhân viên trực", "Xử lý phối hợp chuyên viên"),
                List.of("Tiến độ", "", "Chưa đến hạn"),
                List.of("Hạn xử lý", "", deadline),
                List.of("Trạng thái", "Đang xử lý", "Chờ xử lý")), false);
        assertEquals(true, history.getBoolean("[2].notifyNext"));
        assertEquals("Đề nghị Sở A chủ trì, Sở B phối hợp", history.getString("[2].comment"));
        assertChanges(history, 3, List.of(), false);
        assertEquals("Sở B đã kiểm tra hiện trường", history.getString("[3].comment"));
        assertChanges(history, 4, List.of(
                List.of("Người xử lý", "", specialistA),
                List.of("Trạng thái", "Chờ xử lý", "Đang xử lý")), false);
        assertChanges(history, 5, List.of(List.of("Tập tin đính kèm", "", "kết quả.pdf (Kết quả)")), false);
        assertEquals(specialistA, history.getString("[5].actorLabel"));
        assertChanges(history, 6, List.of(
                List.of("Đơn vị trả lời", "", "Sở Thử nghiệm A"),
                List.of("Nội dung kết quả", "", "Đã xử lý: cơ sở gây ồn đã bị nhắc nhở"),
                List.of("Công khai kết quả", "Không", "Có")), false);
        assertChanges(history, 7, List.of(List.of("Bước", "Xử lý phối hợp chuyên viên", "Trả kết quả"),
                List.of("Tiến độ", "Chưa đến hạn", "Đúng hạn"), List.of("Hạn xử lý", deadline, "")), false);
        assertChanges(history, 8, List.of(
                List.of("Bước", "Trả kết quả", "Hoàn thành"),
                List.of("Trạng thái", "Đang xử lý", "Hoàn thành")), false);
        assertEquals(9, data.queryLong("select count(*) from pakn_history where pakn_id = ?", id));
        assertEquals(7, fx.version(id), "a file is no change of the item: its version stays");
    }

    /** Each change as [label, old, new] ("" for null); the creation's rows are checked as a prefix. */
    @Test
    void whoWritesTheResultOfAnUnclaimedItemHandlesIt() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Đèn đường hỏng", w.unitA());
        String colleague = fx.token(w.unitA(), vn.pakn.unit.Role.SPECIALIST);
        given().auth().oauth2(colleague).get("/api/v1/pakn/inbox").then().body("items.id", hasItem((int) id));

        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA(),
                "resultContent", "Đã thay bóng đèn")).statusCode(200);

        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .body("handler.name", equalTo(w.specialistAName()));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then().statusCode(200)
                .body("[-1].action", equalTo("update-result"))
                .body("[-1].changes.find { it.label == 'Người xử lý' }.newValue", equalTo(w.specialistAName()));
        // the item is now the writer's: out of the colleague's queue, and theirs to release
        given().auth().oauth2(colleague).get("/api/v1/pakn/inbox").then().body("items.id", not(hasItem((int) id)));
        fx.act(colleague, id, "claim").statusCode(409);
        fx.act(w.specialistA(), id, "release").statusCode(200);
    }

    private static void assertChanges(JsonPath history, int entry, List<List<String>> expected, boolean prefix) {
        List<Map<String, String>> changes = history.getList("[" + entry + "].changes");
        List<List<String>> actual = changes.stream().map(c -> List.of(c.get("label"),
                c.get("oldValue") == null ? "" : c.get("oldValue"), c.get("newValue") == null ? "" : c.get("newValue")))
                .toList();
        if (prefix) {
            assertEquals(expected, actual.subList(actual.size() - expected.size(), actual.size()),
                    "history entry " + entry);
        } else {
            assertEquals(expected, actual, "history entry " + entry);
        }
    }
}
