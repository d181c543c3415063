package vn.pakn.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;

@QuarkusTest
class ReturnAndRerouteTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    @Test
    void theOperatorClosesADuplicateAUnitReturnedAndAnswersACallAtOnce() {
        PaknFixtures.World w = fx.world();
        long duplicate = fx.routed(w, "Đèn đường hỏng (gọi lần hai)", w.unitA());
        fx.act(w.specialistA(), duplicate, "return-to-operator", Map.of("reason", "DUPLICATE")).statusCode(200);
        fx.act(w.specialistA(), duplicate, "complete").statusCode(403);
        fx.act(w.operator(), duplicate, "complete", Map.of("comment", "Trùng với phản ánh đang xử lý")).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("stepName", equalTo("Hoàn thành"));

        long question = fx.create(w.operator(), "Hỏi giờ làm việc của bộ phận một cửa");
        fx.act(w.operator(), question, "receive").statusCode(200);
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + question + "/actions").then()
                .body("action", hasItem("complete"));
        fx.act(w.operator(), question, "complete", Map.of("comment", "Đã trả lời qua điện thoại")).statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertEquals(2, data.queryLong("select count(*) from pakn where id in (?, ?) and status = 'COMPLETED'"
                + " and progress in ('ON_TIME', 'LATE')", duplicate, question));
    }

    @Test
    void aUnitReturnsItTheOperatorReroutesAndTheSecondUnitCompletes() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Cấp nước sinh hoạt gián đoạn", w.unitA());

        fx.act(w.specialistA(), id, "return-to-operator", Map.of("comment", "Không thuộc thẩm quyền")).statusCode(400)
                .body("errors.field", contains("reason"));
        fx.act(w.specialistA(), id, "return-to-operator", Map.of("reason", "WRONG_JURISDICTION",
                "comment", "Thuộc thẩm quyền UBND C")).statusCode(200).body("stepName", equalTo("Nhân viên trực"));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then()
                .body("returnReason", equalTo("WRONG_JURISDICTION"));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/actions").then()
                .body("action", hasItem("reroute")).body("action", not(hasItem("route")));
        // unit A still sees what it had, but may no longer act on it
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id).then().statusCode(200);
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/inbox").then().body("items.id", not(hasItem((int) id)));
        fx.act(w.specialistA(), id, "claim").statusCode(409).body("code", equalTo("action-not-allowed"));

        fx.act(w.operator(), id, "route", Map.of("mainUnitId", w.unitC())).statusCode(409)
                .body("code", equalTo("action-not-allowed"));
        fx.act(w.operator(), id, "reroute", Map.of("mainUnitId", w.unitC())).statusCode(200)
                .body("stepName", equalTo("Xử lý chuyên ngành"));
        given().auth().oauth2(w.specialistC()).get("/api/v1/pakn/inbox").then().body("items.id", hasItem((int) id));
        fx.act(w.specialistC(), id, "update-result", Map.of("resultUnitId", w.unitC(),
                "resultContent", "UBND C đã khắc phục đường ống")).statusCode(200);
        fx.act(w.specialistC(), id, "return-result").statusCode(200);
        fx.act(w.operator(), id, "complete").statusCode(200).body("status", equalTo("COMPLETED"));

        JsonPath history = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then()
                .extract().jsonPath();
        assertEquals(List.of("create", "receive", "route", "return-to-operator", "reroute", "update-result",
                "return-result", "complete"), history.getList("action"));
        assertEquals("WRONG_JURISDICTION", history.getString("[3].reason"));
        assertEquals("Không thuộc thẩm quyền", history.getString("[3].reasonLabel"));
        // back at the operator the clock stops: the unit's deadline goes, its progress is how it left
        assertEquals(List.of("Lý do chuyển trả", "Đơn vị xử lý", "Bước", "Tiến độ", "Hạn xử lý", "Trạng thái"),
                history.getList("[3].changes.label"));
        List<String> old = history.getList("[3].changes.oldValue");
        assertEquals(java.util.Arrays.asList(null, "Sở Thử nghiệm A", "Xử lý chuyên ngành", "Chưa đến hạn"),
                old.subList(0, 4));
        assertEquals("Chờ xử lý", old.get(5));
        assertEquals(java.util.Arrays.asList("Không thuộc thẩm quyền", null, "Nhân viên trực", "Đúng hạn", null,
                "Đang xử lý"),
                history.getList("[3].changes.newValue"));
        assertEquals(List.of("Đơn vị xử lý", "Bước", "Tiến độ", "Hạn xử lý", "Trạng thái"),
                history.getList("[4].changes.label"));
        assertEquals(List.of("", "UBND Thử nghiệm C"), List.of(
                String.valueOf(history.getString("[4].changes[0].oldValue")).replace("null", ""),
                history.getString("[4].changes[0].newValue")));
        assertEquals(0, data.queryLong("select count(*) from pakn where id = ? and return_reason is not null", id));
    }
}
