package vn.pakn.pakn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;

/** Keyset pages (after=nextCursor) against page numbers, totals of keyword searches, hidden reporters. */
@QuarkusTest
class PaknPagingTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** 23 items reported at the same instant, a third without a deadline and the rest sharing three deadlines. */
    private String sameInstantItems(String marker) {
        long step = data.queryLong("select id from process_step where code = 'HOAN_THANH'");
        data.queryLong("with made as (insert into pakn (id, code, title, content, category_id, channel_id,"
                + " reported_at, deadline, process_id, current_step_id, status, created_at, updated_at)"
                + " select nextval('pakn_seq'), 'K-' || g || '-' || ?, ? || ' ' || (g % 4), 'x', ?, ?,"
                + " timestamptz '2026-03-01 08:00+07', case when g % 3 = 0 then null"
                + " else timestamptz '2026-03-05 17:00+07' + (g % 3) * interval '1 day' end,"
                + " (select id from process where is_default), ?, 'COMPLETED', now(), now()"
                + " from generate_series(1, 23) g returning 1) select count(*) from made",
                System.nanoTime() % 1_000_000, marker, fx.categoryId(), fx.channelId(), step);
        return marker;
    }

    @Test
    void cursorPagesEqualNumberedPagesWithoutDuplicatesOrGaps() {
        PaknFixtures.World w = fx.world();
        String marker = sameInstantItems("Ks" + System.nanoTime());
        for (String sort : List.of("-reportedAt", "reportedAt", "title", "-title", "deadline", "-deadline", "code",
                "-code")) {
            List<Integer> byNumber = new ArrayList<>();
            for (int page = 1; page <= 6; page++) {
                byNumber.addAll(given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("sort", sort)
                        .queryParam("size", 4).queryParam("page", page).get("/api/v1/pakn").then().statusCode(200)
                        .extract().<List<Integer>>path("items.id"));
            }
            List<Integer> byCursor = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("sort", sort)
                        .queryParam("size", 4);
                if (cursor != null) {
                    request.queryParam("after", cursor);
                }
                JsonPath page = request.get("/api/v1/pakn").then().statusCode(200)
                        .body("total", equalTo(23)).body("totalExact", equalTo(true)).extract().jsonPath();
                byCursor.addAll(page.getList("items.id", Integer.class));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(6, pages, sort);
            assertEquals(23, byCursor.size(), sort);
            assertEquals(23, new HashSet<>(byCursor).size(), sort);
            assertEquals(byNumber, byCursor, sort);
        }
        data.queryLong("with gone as (delete from pakn where title like ? returning 1) select count(*) from gone",
                marker + "%");
    }

    @Test
    void badCursorsAndDeepPageNumbersAreRefused() {
        PaknFixtures.World w = fx.world();
        String marker = sameInstantItems("Kb" + System.nanoTime());
        String cursor = given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("size", 4)
                .get("/api/v1/pakn").then().statusCode(200).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("sort", "title")
                .queryParam("after", cursor).get("/api/v1/pakn").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().auth().oauth2(w.operator()).queryParam("after", "not-a-cursor").get("/api/v1/pakn").then()
                .statusCode(400);
        given().auth().oauth2(w.operator()).queryParam("page", 501).queryParam("size", 20).get("/api/v1/pakn")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("page", 500).queryParam("size", 20)
                .get("/api/v1/pakn").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(23));
        given().auth().oauth2(w.operator()).queryParam("q", marker).queryParam("size", 20).queryParam("page", 2)
                .get("/api/v1/pakn").then().body("items", hasSize(3)).body("nextCursor", nullValue());
        data.queryLong("with gone as (delete from pakn where title like ? returning 1) select count(*) from gone",
                marker + "%");
    }

    @Test
    void aKeywordMatchingThousandsReportsThePlannersEstimate() {
        PaknFixtures.World w = fx.world();
        String marker = "Ke" + System.nanoTime();
        String few = "Kf" + System.nanoTime();
        completed(marker, 3000);
        completed(few, 30);
        analyze();
        given().auth().oauth2(w.operator()).queryParam("q", marker.toLowerCase()).queryParam("size", 5)
                .get("/api/v1/pakn").then().statusCode(200).body("items", hasSize(5))
                .body("totalExact", equalTo(false)).body("totalEstimated", equalTo(true))
                .body("total", greaterThanOrEqualTo(1000)).body("nextCursor", notNullValue());
        // the same query with another keyword is estimated (and kept) on its own: a few, hence counted exactly
        given().auth().oauth2(w.operator()).queryParam("q", few.toLowerCase()).queryParam("size", 5)
                .get("/api/v1/pakn").then().statusCode(200).body("items", hasSize(5))
                .body("totalExact", equalTo(true)).body("total", equalTo(30));
        given().auth().oauth2(w.operator()).queryParam("q", marker.toLowerCase()).queryParam("size", 5)
                .get("/api/v1/pakn").then().body("totalEstimated", equalTo(true));
        // without a keyword the count stays exact up to the cap
        given().auth().oauth2(w.operator()).queryParam("status", "COMPLETED").queryParam("size", 5)
                .get("/api/v1/pakn").then().statusCode(200).body("totalEstimated", equalTo(false));
        for (String gone : List.of(marker, few)) {
            data.queryLong("with gone as (delete from pakn where title like ? returning 1) select count(*) from gone",
                    gone + "%");
        }
        analyze();
    }

    /** {@code n} completed items titled "{marker} số i". */
    private void completed(String marker, int n) {
        long step = data.queryLong("select id from process_step where code = 'HOAN_THANH'");
        data.queryLong("with made as (insert into pakn (id, code, title, content, category_id, channel_id,"
                + " reported_at, process_id, current_step_id, status, created_at, updated_at)"
                + " select nextval('pakn_seq'), 'E-' || g || '-' || ?, ? || ' số ' || g, 'x', ?, ?, now(),"
                + " (select id from process where is_default), ?, 'COMPLETED', now(), now()"
                + " from generate_series(1, ?) g returning 1) select count(*) from made",
                System.nanoTime() % 100_000, marker, fx.categoryId(), fx.channelId(), step, n);
    }

    /** Fresh planner statistics, as autovacuum would gather them after such an insert. */
    private void analyze() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("analyze pakn, pakn_search");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hiddenReportersAreFoundByTheirIdentityOnlyByRolesThatSeeIt() {
        PaknFixtures.World w = fx.world();
        String marker = "Kh" + System.nanoTime();
        String phone = "09" + String.format("%08d", System.nanoTime() % 100_000_000);
        long hidden = fx.routed(w, "Đèn đường hỏng " + marker, w.unitA());
        long disclosed = fx.routed(w, "Cống tắc nghẽn " + marker, w.unitA());
        data.queryLong("with changed as (update pakn set reporter_name = ?, reporter_phone = ?,"
                + " identity_disclosed = (id = ?) where id in (?, ?) returning 1) select count(*) from changed",
                "Lê Thị Kín " + marker, phone, disclosed, hidden, disclosed);
        // the specialist of unit A sees both items, but the hidden reporter's name and phone find only the other
        given().auth().oauth2(w.specialistA()).queryParam("q", phone).get("/api/v1/pakn").then().statusCode(200)
                .body("items.id", contains((int) disclosed)).body("total", equalTo(1));
        given().auth().oauth2(w.specialistA()).queryParam("q", "le thi kin " + marker.toLowerCase())
                .get("/api/v1/pakn").then().body("items.id", contains((int) disclosed));
        given().auth().oauth2(w.specialistA()).queryParam("q", "den duong hong " + marker).get("/api/v1/pakn")
                .then().body("items.id", contains((int) hidden));
        given().auth().oauth2(w.specialistA()).queryParam("q", phone).get("/api/v1/pakn/inbox").then()
                .body("items.id", contains((int) disclosed));
        given().auth().oauth2(w.leaderA()).queryParam("q", phone).get("/api/v1/pakn").then()
                .body("items.id", contains((int) disclosed));
        // the detail hides the same reporter from the same role
        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + hidden).then().statusCode(200)
                .body("reporter.hidden", equalTo(true)).body("reporter.phone", nullValue());
        // the operator sees reporters' identities, so finds both
        given().auth().oauth2(w.operator()).queryParam("q", phone).queryParam("sort", "code").get("/api/v1/pakn")
                .then().body("total", equalTo(2));
    }
}
