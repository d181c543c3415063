package vn.pakn.pakn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;

@QuarkusTest
class PaknSearchTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    @Test
    void keywordIgnoresDiacriticsAndCase() {
        PaknFixtures.World w = fx.world();
        String marker = "Zq" + System.nanoTime();
        long noise = fx.create(w.operator(), "Tình trạng Ô NHIỄM sông " + marker);
        long other = fx.create(w.operator(), "Đường xuống cấp " + marker);
        given().auth().oauth2(w.operator()).queryParam("q", "o nhiem song " + marker.toLowerCase())
                .get("/api/v1/pakn").then().statusCode(200)
                .body("items.id", contains((int) noise)).body("total", equalTo(1)).body("totalExact", equalTo(true))
                .body("items[0].task", equalTo("Chờ tiếp nhận"))
                .body("items[0].status", equalTo("AWAITING_RECEPTION"))
                .body("items[0].categoryName", equalTo("Vệ sinh môi trường"))
                .body("items[0].location", equalTo("Phường Thử nghiệm, Tỉnh Gia Lai"));
        given().auth().oauth2(w.operator()).queryParam("q", "DUONG XUONG CAP " + marker)
                .get("/api/v1/pakn").then().body("items.id", contains((int) other));
        // the code, the reporter's phone, and wildcards taken literally
        String code = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + noise).then().extract().path("code");
        given().auth().oauth2(w.operator()).queryParam("q", code).get("/api/v1/pakn").then()
                .body("items.id", contains((int) noise));
        given().auth().oauth2(w.operator()).queryParam("q", "%" + marker).get("/api/v1/pakn").then()
                .body("total", equalTo(0));
        given().auth().oauth2(w.operator()).queryParam("q", "o nhiem\u0000").get("/api/v1/pakn").then()
                .statusCode(400).body("code", equalTo("invalid-character"));
    }

    @Test
    void pagesFiltersAndUnitIsolation() {
        PaknFixtures.World w = fx.world();
        String marker = "Pg" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            fx.create(w.operator(), "Phản ánh số " + i + " " + marker);
        }
        long routed = fx.routed(w, "Phản ánh được chuyển " + marker, w.unitA());
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("size", 4).queryParam("page", 2)
                .get("/api/v1/pakn").then().statusCode(200)
                .body("total", equalTo(6)).body("totalExact", equalTo(true)).body("page", equalTo(2))
                .body("size", equalTo(4)).body("items", hasSize(2));
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("status", "WAITING")
                .get("/api/v1/pakn").then().body("items.id", contains((int) routed));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/pakn").then().body("total", equalTo(6));
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("to", "2000-01-01")
                .get("/api/v1/pakn").then().body("total", equalTo(0));
        List<String> ascending = given().auth().oauth2(w.operator()).queryParam("q", marker)
                .queryParam("sort", "title").get("/api/v1/pakn").then().extract().path("items.title");
        List<String> descending = new ArrayList<>(given().auth().oauth2(w.operator()).queryParam("q", marker)
                .queryParam("sort", "-title").get("/api/v1/pakn").then().extract().<List<String>>path("items.title"));
        Collections.reverse(descending);
        assertEquals(ascending, descending);
        assertEquals(6, ascending.size());
        given().auth().oauth2(w.operator()).queryParam("sort", "nonsense").get("/api/v1/pakn").then().statusCode(400);
        given().auth().oauth2(w.operator()).queryParam("size", 1000).get("/api/v1/pakn").then().statusCode(400);

        // unit A sees only what it has; unit B nothing; the operator's inbox has the five awaiting reception
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn").then()
                .body("items.id", contains((int) routed)).body("total", equalTo(1));
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn").then().body("total", equalTo(0));
        given().auth().oauth2(w.operator()).queryParam("q", marker).get("/api/v1/pakn/inbox").then()
                .body("total", equalTo(5)).body("items.id", not(hasItem((int) routed)))
                .body("items.task", everyItem(equalTo("Chờ tiếp nhận")));
        given().auth().oauth2(fx.token(w.unitA(), Role.SPECIALIST)).get("/api/v1/pakn/inbox").then()
                .body("items.id", contains((int) routed));
    }

    @Test
    void editingAnItemChangesWhatAKeywordFinds() {
        PaknFixtures.World w = fx.world();
        String marker = "Ed" + System.nanoTime();
        long id = fx.create(w.operator(), "Rác thải ùn ứ " + marker);
        given().auth().oauth2(w.operator()).queryParam("q", "rac thai un u " + marker).get("/api/v1/pakn").then()
                .body("items.id", contains((int) id));
        Map<String, Object> form = fx.form("Cây xanh gãy đổ " + marker);
        form.put("reporterName", "Trần Thị Sửa " + marker);
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(form)
                .header("If-Match", "\"" + fx.version(id) + "\"").put("/api/v1/pakn/" + id).then().statusCode(200);
        given().auth().oauth2(w.operator()).queryParam("q", "rac thai un u " + marker).get("/api/v1/pakn").then()
                .body("total", equalTo(0));
        given().auth().oauth2(w.operator()).queryParam("q", "CAY XANH GAY DO " + marker).get("/api/v1/pakn").then()
                .body("items.id", contains((int) id));
        given().auth().oauth2(w.operator()).queryParam("q", "tran thi sua " + marker).get("/api/v1/pakn").then()
                .body("items.id", contains((int) id));
        given().auth().oauth2(w.operator()).queryParam("q", "nguyen van thu " + marker).get("/api/v1/pakn").then()
                .body("total", equalTo(0));
    }

    @Test
    void aHiddenReportersNameIsFoundOnlyByRolesThatMaySeeIt() {
        PaknFixtures.World w = fx.world();
        String marker = "Rn" + System.nanoTime();
        long id = fx.routed(w, "Ô nhiễm tiếng ồn " + marker, w.unitA());
        data.queryLong("with changed as (update pakn set reporter_name = ? where id = ? returning 1)"
                + " select count(*) from changed", "Phạm Văn Ẩn " + marker, id);
        given().auth().oauth2(w.operator()).queryParam("q", "pham van an " + marker).get("/api/v1/pakn").then()
                .body("items.id", contains((int) id));
        given().auth().oauth2(w.specialistA()).queryParam("q", "pham van an " + marker).get("/api/v1/pakn").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(w.specialistA()).queryParam("q", "o nhiem tieng on " + marker).get("/api/v1/pakn")
                .then().body("items.id", contains((int) id));
        data.queryLong("with changed as (update pakn set identity_disclosed = true where id = ? returning 1)"
                + " select count(*) from changed", id);
        given().auth().oauth2(w.specialistA()).queryParam("q", "pham van an " + marker).get("/api/v1/pakn").then()
                .body("items.id", contains((int) id));
    }

    @Test
    void onlyAChangeOfASearchedFieldRewritesTheSearchText() {
        PaknFixtures.World w = fx.world();
        long id = fx.create(w.operator(), "Đèn tín hiệu hỏng " + System.nanoTime());
        long before = data.queryLong("select xmin::text::bigint from pakn_search where pakn_id = ?", id);
        data.queryLong("with changed as (update pakn set progress = 'DUE_SOON', version = version + 1 where id = ?"
                + " returning 1) select count(*) from changed", id);
        assertEquals(before, data.queryLong("select xmin::text::bigint from pakn_search where pakn_id = ?", id));
        data.queryLong("with changed as (update pakn set reporter_phone = '0911111111' where id = ? returning 1)"
                + " select count(*) from changed", id);
        assertNotEquals(before, data.queryLong("select xmin::text::bigint from pakn_search where pakn_id = ?", id));
        assertEquals(1, data.queryLong("select count(*) from pakn_search where pakn_id = ?"
                + " and reporter_text like '%0911111111%'", id));
    }

    @Test
    void totalsStopCountingAtTenThousand() {
        PaknFixtures.World w = fx.world();
        long category = fx.categoryId();
        long channel = fx.channelId();
        long step = data.queryLong("select id from process_step where code = 'HOAN_THANH'");
        long inserted = data.queryLong("with made as (insert into pakn (id, code, title, content, category_id,"
                + " channel_id, reported_at, process_id, current_step_id, status, created_at, updated_at)"
                + " select nextval('pakn_seq'), 'B-' || g || '-' || ?, 'Bulk ' || g, 'x', ?, ?, now(),"
                + " (select id from process where is_default), ?, 'COMPLETED', now(), now()"
                + " from generate_series(1, 10050) g returning 1) select count(*) from made",
                System.nanoTime() % 100_000, category, channel, step);
        given().auth().oauth2(w.operator()).queryParam("status", "COMPLETED").queryParam("size", 5)
                .get("/api/v1/pakn").then().statusCode(200)
                .body("total", equalTo(10_000)).body("totalExact", equalTo(false)).body("items", hasSize(5));
        assertEquals(10050, inserted);
        data.queryLong("with gone as (delete from pakn where code like 'B-%' returning 1) select count(*) from gone");
    }
}
