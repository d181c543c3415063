package vn.pakn.rating;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** Ratings from the citizens' portal: scope, once per completed item, recorded in the detail and the history. */
@QuarkusTest
class RatingTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    private PaknFixtures.World w;
    private String admin;

    @BeforeEach
    void world() {
        w = fx.world();
        admin = data.token(data.account(data.unit("Trung tâm Quản trị Đánh giá", UnitKind.OTHER), Role.ADMIN));
    }

    @Test
    void aCompletedItemIsRatedOnceAndTheRatingShowsInItsDetailAndHistory() {
        String key = key("Cổng thông tin Đánh giá", List.of("rating:write"));
        long id = completed("Đèn đường hỏng lâu ngày");
        String code = code(id);

        given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("rating", "SATISFIED", "comment", "Xử lý nhanh, cảm ơn")).post(path(code)).then()
                .statusCode(201).body("code", equalTo(code)).body("rating", equalTo("SATISFIED"))
                .body("ratingLabel", equalTo("Hài lòng")).body("comment", equalTo("Xử lý nhanh, cảm ơn"))
                .body("ratedAt", notNullValue());

        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200)
                .body("rating", equalTo("SATISFIED")).body("ratingLabel", equalTo("Hài lòng"))
                .body("ratingComment", equalTo("Xử lý nhanh, cảm ơn")).body("ratedAt", notNullValue());
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then().statusCode(200)
                .body("find { it.action == 'rate' }.actionLabel", equalTo("Đánh giá"))
                .body("find { it.action == 'rate' }.actorLabel", equalTo("Cổng thông tin Đánh giá"))
                .body("find { it.action == 'rate' }.comment", equalTo("Xử lý nhanh, cảm ơn"))
                .body("find { it.action == 'rate' }.changes[0].label", equalTo("Đánh giá"))
                .body("find { it.action == 'rate' }.changes[0].newValue", equalTo("Hài lòng"));

        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("rating", "DISSATISFIED"))
                .post(path(code)).then().statusCode(409).body("code", equalTo("rating-already-rated"));
        assertThat(data.queryLong("select count(*) from pakn_rating where pakn_id = ?", id)).isEqualTo(1);
        assertThat(data.queryLong("select count(*) from pakn where id = ? and rating = 'SATISFIED'", id))
                .isEqualTo(1);
    }

    @Test
    void twoConcurrentRatingsOfOneItemMakeOneRating() {
        String key = key("Cổng song song", List.of("rating:write"));
        String code = code(completed("Cống thoát nước tắc"));
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (String rating : List.of("SATISFIED", "NEUTRAL", "DISSATISFIED", "SATISFIED")) {
            posts.add(CompletableFuture.supplyAsync(() -> given().header("X-API-Key", key)
                    .contentType(ContentType.JSON).body(Map.of("rating", rating)).post(path(code)).statusCode()));
        }
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void theRulesOfRating() {
        String key = key("Cổng quy tắc", List.of("rating:write"));
        long open = fx.create(w.operator(), "Phản ánh chưa xong");
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("rating", "NEUTRAL"))
                .post(path(code(open))).then().statusCode(409).body("code", equalTo("rating-not-completed"));
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("rating", "NEUTRAL"))
                .post(path("1022-1999-999999")).then().statusCode(404);

        String done = code(completed("Phản ánh đã xong"));
        String reader = key("Ứng dụng chỉ đọc", List.of("pakn:read"));
        given().header("X-API-Key", reader).contentType(ContentType.JSON).body(Map.of("rating", "NEUTRAL"))
                .post(path(done)).then().statusCode(403);
        given().auth().oauth2(w.operator()).contentType(ContentType.JSON).body(Map.of("rating", "NEUTRAL"))
                .post(path(done)).then().statusCode(403);
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("rating", "GREAT"))
                .post(path(done)).then().statusCode(400);
        given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("rating", "NEUTRAL", "comment", "x".repeat(2001))).post(path(done)).then()
                .statusCode(400);

        Map<?, ?> issued = issue("Cổng bị thu hồi", List.of("rating:write"));
        given().auth().oauth2(admin).post("/api/v1/admin/clients/" + ((Map<?, ?>) issued.get("client")).get("id")
                + "/revoke").then().statusCode(200);
        given().header("X-API-Key", (String) issued.get("apiKey")).contentType(ContentType.JSON)
                .body(Map.of("rating", "NEUTRAL")).post(path(done)).then().statusCode(401);
        assertThat(data.queryLong("select count(*) from pakn_rating r join pakn p on p.id = r.pakn_id"
                + " where p.code = ?", done)).isZero();
    }

    private long completed(String title) {
        long id = fx.create(w.operator(), title);
        data.queryLong("update pakn set status = 'COMPLETED' where id = ? returning id", id);
        return id;
    }

    private String code(long id) {
        return given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().extract().path("code");
    }

    private static String path(String code) {
        return "/api/v1/public/pakn/" + code + "/rating";
    }

    private String key(String name, List<String> scopes) {
        return (String) issue(name, scopes).get("apiKey");
    }

    private Map<?, ?> issue(String name, List<String> scopes) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "scopes", scopes, "requestsPerMinute", 100))
                .post("/api/v1/admin/clients").then().statusCode(201).extract().as(Map.class);
    }
}
