package vn.pakn.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;

/** Every refusal leaves the database as it was: version, status, step and history read back. */
@QuarkusTest
class ActionGuardsTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    private String state(long id) {
        return data.queryLong("select version from pakn where id = ?", id) + "/"
                + data.queryLong("select current_step_id from pakn where id = ?", id) + "/"
                + data.queryLong("select count(*) from pakn_history where pakn_id = ?", id) + "/"
                + data.queryLong("select count(*) from pakn where id = ? and status = 'WAITING'", id);
    }

    @Test
    void wrongStepRoleUnitAndVersionAreRefusedAndChangeNothing() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Lấn chiếm vỉa hè", w.unitA(), w.unitB());
        String before = state(id);

        // wrong step: the item is with the unit, not awaiting reception
        fx.act(w.operator(), id, "receive").statusCode(409).body("code", equalTo("action-not-allowed"))
                .body("detail", containsString("Xử lý phối hợp chuyên viên"));
        fx.act(w.operator(), id, "complete").statusCode(409).body("code", equalTo("action-not-allowed"));
        // wrong state: nothing to approve or return yet
        fx.act(w.leaderA(), id, "approve-result").statusCode(409).body("code", equalTo("action-not-allowed"))
                .body("errors[0].message", containsString("chưa có kết quả"));
        fx.act(w.specialistA(), id, "return-result").statusCode(409).body("errors[0].field", equalTo("state"));
        fx.act(w.specialistA(), id, "release").statusCode(409);
        // wrong role: a specialist never receives, routes or completes; a leader is not an operator
        fx.act(w.specialistA(), id, "receive").statusCode(403).body("code", equalTo("forbidden"));
        fx.act(w.specialistA(), id, "route", Map.of("mainUnitId", w.unitA())).statusCode(403);
        fx.act(w.leaderA(), id, "complete").statusCode(403);
        fx.act(w.operator(), id, "claim").statusCode(403);
        // the coordinating unit sees it but only the main unit acts
        fx.act(w.specialistB(), id, "claim").statusCode(403).body("code", equalTo("pakn-not-your-unit"));
        fx.act(w.specialistB(), id, "update-result", Map.of("resultUnitId", w.unitB(), "resultContent", "x"))
                .statusCode(403);
        // another unit: the item does not exist for it
        fx.act(w.specialistC(), id, "claim").statusCode(404);
        fx.act(w.specialistC(), id, "comment", Map.of("comment", "?")).statusCode(404);
        given().auth().oauth2(w.specialistC()).get("/api/v1/pakn/" + id).then().statusCode(404);
        given().auth().oauth2(w.specialistC()).get("/api/v1/pakn/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(w.specialistC()).get("/api/v1/pakn/" + id + "/comments").then().statusCode(404);
        given().auth().oauth2(w.specialistC()).get("/api/v1/pakn/" + id + "/process").then().statusCode(404);
        // versions: none, stale
        given().auth().oauth2(w.specialistA()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/pakn/" + id + "/actions/claim").then().statusCode(428)
                .body("code", equalTo("precondition-required"));
        given().auth().oauth2(w.specialistA()).contentType(ContentType.JSON).body("{}").header("If-Match", "\"0\"")
                .post("/api/v1/pakn/" + id + "/actions/claim").then().statusCode(409)
                .body("code", equalTo("stale-version"));
        given().auth().oauth2(w.specialistA()).contentType(ContentType.JSON).body("{}").header("If-Match", "\"1\"")
                .post("/api/v1/pakn/" + id + "/actions/no-such-action").then().statusCode(404);
        // bad input
        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA())).statusCode(400)
                .body("errors[0].field", equalTo("resultContent"));
        fx.act(w.specialistA(), id, "coordinate", Map.of("mainUnitId", 999_999_999L)).statusCode(400);

        assertEquals(before, state(id));
        assertEquals(0, data.queryLong("select count(*) from pakn_comment where pakn_id = ?", id));
    }

    @Test
    void resultNeedsTheLeadersApprovalWhenTheUnitSaysSo() {
        PaknFixtures.World w = fx.world();
        data.queryLong("update unit set requires_result_approval = true where id = ? returning id", w.unitA());
        long id = fx.routed(w, "Thủ tục cấp phép chậm", w.unitA());
        fx.act(w.specialistA(), id, "claim").statusCode(200);
        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA(), "resultContent", "Đã cấp phép"))
                .statusCode(200);
        fx.act(w.specialistA(), id, "return-result").statusCode(409)
                .body("errors[0].message", containsString("phê duyệt"));
        // the result waiting for approval is in the leader's queue, though a specialist holds the item, and the
        // leader hears of it in the app
        given().auth().oauth2(w.leaderA()).get("/api/v1/pakn/inbox").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        long leader = data.queryLong("select id from account where unit_id = ? and roles = 'LEADER'", w.unitA());
        long update = data.queryLong("select id from pakn_history where pakn_id = ? and action = 'update-result'", id);
        assertEquals(1, data.queryLong("select count(*) from outbox_message where message_key = ?"
                + " and channel = 'IN_APP' and recipient_account_id = ?",
                "approval:" + update + ":" + leader + ":IN_APP", leader));
        fx.act(w.specialistA(), id, "approve-result").statusCode(403);
        fx.act(w.leaderA(), id, "approve-result").statusCode(200);
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id).then()
                .body("result.approved", equalTo(true)).body("result.approvedBy", org.hamcrest.Matchers.notNullValue());
        fx.act(w.specialistA(), id, "return-result").statusCode(200);
    }

    @Test
    void twentyConcurrentIdenticalActionsOnlyOneWins() throws Exception {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Cây xanh ngã đổ", w.unitA());
        List<String> specialists = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> fx.token(w.unitA(), Role.SPECIALIST)).toList();
        long version = fx.version(id);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> claims = specialists.stream().<Callable<Integer>>map(token -> () -> given()
                    .auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body("{}").post("/api/v1/pakn/" + id + "/actions/claim").statusCode()).toList();
            List<Integer> statuses = pool.invokeAll(claims).stream().map(ActionGuardsTest::get).toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(version + 1, fx.version(id));
        assertEquals(1, data.queryLong("select count(*) from pakn_history where pakn_id = ? and action = 'claim'", id));
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
