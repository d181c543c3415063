package vn.pakn.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.deadline.CalendarService;
import vn.pakn.deadline.WorkingCalendar;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;

/** The demo's items: every status and progress, consistent unit rows, history and ratings, seen through the API. */
@QuarkusTest
class DemoPaknTest {

    @Inject
    DemoLoader loader;
    @Inject
    DemoPakn pakn;
    @Inject
    TestData data;
    @Inject
    CalendarService calendars;

    @Test
    void theDemoItemsCoverEveryStateAndTheUnitsOfficersSeeThem() throws Throwable {
        VertxContextSupport.subscribeAndAwait(loader::load);
        long before = data.queryLong("select coalesce(max(id), 0) from pakn");
        long count = data.queryLong("select count(*) from pakn");

        assertThat(VertxContextSupport.subscribeAndAwait(pakn::load)).isEqualTo(400L);
        assertThat(VertxContextSupport.subscribeAndAwait(pakn::loadIfNone)).as("a start with items adds none")
                .isZero();

        String mine = " from pakn where id > " + before;
        assertThat(data.queryLong("select count(*) from pakn")).isEqualTo(count + 400);
        assertThat(data.queryLong("select count(distinct status)" + mine)).isEqualTo(5);
        assertThat(data.queryLong("select count(distinct progress)" + mine)).isEqualTo(5);
        assertThat(data.queryLong("select count(distinct main_unit_id)" + mine)).isGreaterThan(20);
        assertThat(data.queryLong("select count(distinct category_id)" + mine))
                .isEqualTo(data.queryLong("select count(*) from category"));
        assertThat(data.queryLong("select count(*)" + mine + " and code !~ '^1022-\\d{4}-\\d{6}$'")).isZero();
        assertThat(data.queryLong("select count(*)" + mine + " and reported_at < now() - interval '91 days'")).isZero();
        assertThat(data.queryLong("select count(*)" + mine + " and main_unit_id is not null and not exists (select 1"
                + " from pakn_unit u where u.pakn_id = pakn.id and u.unit_id = pakn.main_unit_id and u.role = 'MAIN')"))
                .isZero();
        assertThat(data.queryLong("select count(*)" + mine + " and status = 'COMPLETED' and (select count(*)"
                + " from pakn_history h where h.pakn_id = pakn.id) < 5")).isZero();
        assertThat(data.queryLong("select count(*)" + mine + " and rating is not null")).isGreaterThan(100);
        assertThat(data.queryLong("select count(*)" + mine + " and status = 'APPOINTED' and not exists (select 1"
                + " from appointment a where a.pakn_id = pakn.id and a.state = 'APPROVED')")).isZero();
        WorkingCalendar calendar = VertxContextSupport.subscribeAndAwait(calendars::calendar);
        List<String> deadlines = data.strings("select to_char(t at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                + " from (select deadline as t" + mine + " and deadline is not null"
                + " union all select u.deadline from pakn_unit u where u.pakn_id > " + before
                + " and u.deadline is not null union all select a.old_deadline from appointment a where a.pakn_id > "
                + before + ") d");
        assertThat(deadlines).hasSizeGreaterThan(100);
        assertThat(deadlines.stream().map(Instant::parse).filter(t -> !calendar.isWorkingTime(t)))
                .as("deadlines outside the province's working time").isEmpty();

        long tnmt = data.queryLong("select id from unit where code = 'SO-TNMT'");
        String specialist = data.token(data.account(tnmt, Role.SPECIALIST));
        long theirs = data.queryLong("select count(*)" + mine + " and main_unit_id = ?", tnmt);
        assertThat(theirs).isGreaterThan(40);
        long total = given().auth().oauth2(specialist).get("/api/v1/pakn?size=5").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertThat(total).isEqualTo(data.queryLong("select count(distinct pakn_id) from pakn_unit where unit_id = ?",
                tnmt));
        long completed = data.queryLong("select id" + mine + " and main_unit_id = ? and status = 'COMPLETED'"
                + " order by id limit 1", tnmt);
        JsonPath history = given().auth().oauth2(specialist).get("/api/v1/pakn/" + completed + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("action", String.class)).startsWith("create", "receive", "route", "claim");
    }
}
