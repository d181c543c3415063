package vn.pakn.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.statistics.StatsData.Item;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** The five reports on a known set of items (the year 2003 holds only these). */
@QuarkusTest
class StatisticsReportsTest {

    static final String YEAR = "from=2003-01-01&to=2003-12-31";

    @Inject
    StatsData stats;
    @Inject
    TestData data;

    static long unitA;
    static long unitB;
    static long env;
    static long traffic;
    static long phone;
    static long zalo;
    static String operator;
    static String leaderA;
    static String specialistA;

    @BeforeEach
    void knownItems() {
        if (unitA != 0) {
            return;
        }
        unitA = data.unit("Sở Thống kê A", UnitKind.DEPARTMENT);
        unitB = data.unit("Sở Thống kê B", UnitKind.DEPARTMENT);
        env = stats.category("MOI_TRUONG");
        traffic = stats.category("GIAO_THONG");
        phone = stats.channel("TONG_DAI");
        zalo = stats.channel("ZALO");
        operator = data.token(data.account(data.unit("Trung tâm 1022 Thống kê", UnitKind.CALL_CENTER), Role.OPERATOR));
        leaderA = data.token(data.account(unitA, Role.LEADER));
        specialistA = data.token(data.account(unitA, Role.SPECIALIST));
        List.of(
                item("2003-01-20", unitA, env, phone, "COMPLETED", true, "ON_TIME", false, "SATISFIED"),
                item("2003-02-10", unitA, env, phone, "COMPLETED", false, "ON_TIME", true, "SATISFIED"),
                item("2003-02-11", unitA, traffic, zalo, "COMPLETED", false, "LATE", false, "NEUTRAL"),
                item("2003-03-05", unitA, env, zalo, "IN_PROGRESS", true, "OVERDUE", false, null),
                item("2003-03-10", unitA, traffic, phone, "WAITING", false, "NOT_DUE", false, null),
                item("2003-06-30", unitA, env, phone, "COMPLETED", false, "ON_TIME", false, "DISSATISFIED"),
                item("2003-01-10", unitB, env, phone, "COMPLETED", false, "LATE", false, "SATISFIED"),
                item("2003-02-15", unitB, traffic, zalo, "APPOINTED", true, "DUE_SOON", false, null),
                item("2003-12-31", unitB, env, zalo, "COMPLETED", true, "ON_TIME", false, null),
                item("2003-03-11", null, env, phone, "AWAITING_RECEPTION", false, null, false, null),
                item("2003-05-01", null, traffic, zalo, "AWAITING_RECEPTION", true, null, false, null),
                item("2002-12-31", unitA, env, phone, "COMPLETED", true, "ON_TIME", false, "SATISFIED"),
                item("2004-01-01", unitA, env, phone, "COMPLETED", true, "LATE", false, "NEUTRAL"))
                .forEach(stats::insert);
    }

    private static Item item(String day, Long unit, long category, long channel, String status, boolean disclosed,
            String progress, boolean extended, String rating) {
        return new Item(LocalDate.parse(day), unit, category, channel, status, disclosed, progress, extended, rating);
    }

    private static JsonPath get(String token, String path) {
        return given().auth().oauth2(token).get("/api/v1/statistics/" + path).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void statusCountsWithSharesThatAddUpTo100() {
        JsonPath r = get(operator, "status?" + YEAR);
        assertThat(r.getLong("total")).isEqualTo(11);
        assertThat(r.getList("byStatus.status")).containsExactly("AWAITING_RECEPTION", "WAITING", "IN_PROGRESS",
                "APPOINTED", "COMPLETED");
        assertThat(r.getList("byStatus.label")).containsExactly("Chờ tiếp nhận", "Chờ xử lý", "Đang xử lý",
                "Hẹn xử lý", "Hoàn thành");
        assertThat(r.getList("byStatus.count", Long.class)).containsExactly(2L, 1L, 1L, 1L, 6L);
        assertThat(r.getList("byStatus.percent", Double.class)).containsExactly(18.2, 9.1, 9.1, 9.1, 54.5);
        assertThat(r.getList("byChannel.channelName")).containsExactly("Tổng đài 1022", "Zalo");
        assertThat(r.getList("byChannel.total", Long.class)).containsExactly(6L, 5L);
        assertThat(r.getList("byChannel[0].counts.count", Long.class)).containsExactly(1L, 1L, 0L, 0L, 4L);
        assertThat(r.getList("byChannel[1].counts.count", Long.class)).containsExactly(1L, 0L, 1L, 1L, 2L);
        assertThat(r.getList("byWeek.count", Long.class).stream().mapToLong(Long::longValue).sum()).isEqualTo(11);
        assertThat(r.getString("byWeek[1].weekStart")).isEqualTo("2003-01-20");
        assertThat(r.getLong("byWeek[1].count")).isEqualTo(1);
    }

    @Test
    void statusPerMainUnitAddsUpToTheStatusTotals() {
        JsonPath r = get(operator, "status?" + YEAR);
        assertThat(r.getList("byUnit.unitName")).containsExactly("Chưa giao đơn vị", "Sở Thống kê A", "Sở Thống kê B");
        assertThat(r.getList("byUnit.unitId")).containsExactly(null, (int) unitA, (int) unitB);
        assertThat(r.getList("byUnit.total", Long.class)).containsExactly(2L, 6L, 3L);
        assertThat(r.getList("byUnit[0].counts.count", Long.class)).containsExactly(2L, 0L, 0L, 0L, 0L);
        assertThat(r.getList("byUnit[1].counts.count", Long.class)).containsExactly(0L, 1L, 1L, 0L, 4L);
        assertThat(r.getList("byUnit[2].counts.count", Long.class)).containsExactly(0L, 0L, 0L, 1L, 2L);
        assertThat(r.getList("byUnit[1].counts.status")).containsExactly("AWAITING_RECEPTION", "WAITING",
                "IN_PROGRESS", "APPOINTED", "COMPLETED");

        JsonPath zaloOnly = get(operator, "status?" + YEAR + "&channelId=" + zalo);
        assertThat(zaloOnly.getList("byUnit.total", Long.class)).containsExactly(1L, 2L, 2L);

        JsonPath mine = get(leaderA, "status?" + YEAR);
        assertThat(mine.getList("byUnit.unitId")).containsExactly((int) unitA);
        assertThat(mine.getList("byUnit[0].counts.count", Long.class)).containsExactly(0L, 1L, 1L, 0L, 4L);
    }

    @Test
    void identityPerUnitWithTheNotRoutedRow() {
        JsonPath r = get(operator, "identity?" + YEAR);
        assertThat(r.getList("rows.unitName")).containsExactly("Chưa giao đơn vị", "Sở Thống kê A", "Sở Thống kê B");
        assertThat(r.getList("rows.unitId")).containsExactly(null, (int) unitA, (int) unitB);
        assertThat(r.getList("rows.total", Long.class)).containsExactly(2L, 6L, 3L);
        assertThat(r.getList("rows.disclosed", Long.class)).containsExactly(1L, 2L, 2L);
        assertThat(r.getList("rows.anonymous", Long.class)).containsExactly(1L, 4L, 1L);
        assertThat(r.getList("rows.disclosedPercent", Double.class)).containsExactly(50.0, 33.3, 66.7);
        assertThat(r.getList("rows.anonymousPercent", Double.class)).containsExactly(50.0, 66.7, 33.3);
        assertThat(r.getLong("totals.total")).isEqualTo(11);
        assertThat(r.getDouble("totals.disclosedPercent") + r.getDouble("totals.anonymousPercent")).isEqualTo(100.0);
        assertThat(r.getDouble("totals.disclosedPercent")).isEqualTo(45.5);
    }

    @Test
    void ratingPerUnit() {
        JsonPath r = get(operator, "rating?" + YEAR);
        assertThat(r.getList("rows.total", Long.class)).containsExactly(0L, 4L, 1L);
        assertThat(r.getList("rows.satisfied", Long.class)).containsExactly(0L, 2L, 1L);
        assertThat(r.getList("rows.neutral", Long.class)).containsExactly(0L, 1L, 0L);
        assertThat(r.getList("rows.dissatisfied", Long.class)).containsExactly(0L, 1L, 0L);
        assertThat(r.getList("rows.satisfiedPercent", Double.class)).containsExactly(0.0, 50.0, 100.0);
        assertThat(r.getList("rows.neutralPercent", Double.class)).containsExactly(0.0, 25.0, 0.0);
        assertThat(r.getLong("totals.total")).isEqualTo(5);
        assertThat(List.of(r.getDouble("totals.satisfiedPercent"), r.getDouble("totals.neutralPercent"),
                r.getDouble("totals.dissatisfiedPercent"))).containsExactly(60.0, 20.0, 20.0);
    }

    @Test
    void progressCountsExtendedApartFromLate() {
        JsonPath r = get(operator, "progress?" + YEAR);
        assertThat(r.getList("rows.total", Long.class)).containsExactly(0L, 5L, 2L);
        assertThat(r.getList("rows.onTime", Long.class)).containsExactly(0L, 2L, 1L);
        assertThat(r.getList("rows.late", Long.class)).containsExactly(0L, 2L, 1L);
        assertThat(r.getList("rows.extended", Long.class)).containsExactly(0L, 1L, 0L);
        assertThat(r.getList("rows.onTimePercent", Double.class)).containsExactly(0.0, 40.0, 50.0);
        assertThat(List.of(r.getDouble("totals.onTimePercent"), r.getDouble("totals.latePercent"),
                r.getDouble("totals.extendedPercent"))).containsExactly(42.9, 42.8, 14.3);
    }

    @Test
    void aPeriodOfPartMonthsCountsWholeMonthsAndDays() {
        JsonPath r = get(operator, "status?from=2003-01-15&to=2003-03-10");
        assertThat(r.getLong("total")).isEqualTo(6);
        assertThat(get(operator, "identity?from=2003-01-15&to=2003-03-10").getLong("totals.total")).isEqualTo(6);
        assertThat(get(operator, "identity?from=2003-02-11&to=2003-02-11").getLong("totals.total")).isEqualTo(1);
        // more than half of a month inside: its month cell less the days outside (the 10th of January is out)
        assertThat(get(operator, "status?from=2003-01-11&to=2003-03-10").getLong("total")).isEqualTo(6);
        assertThat(get(operator, "identity?from=2003-01-11&to=2003-03-10").getLong("totals.total")).isEqualTo(6);
        // at both ends: February less its first ten days, March less its last fifteen
        assertThat(get(operator, "status?from=2003-02-11&to=2003-03-16").getLong("total")).isEqualTo(5);
        assertThat(get(operator, "status?from=2003-02-12&to=2003-03-10").getLong("total")).isEqualTo(3);
    }

    @Test
    void categoryAndChannelFilters() {
        assertThat(get(operator, "status?" + YEAR + "&categoryId=" + env).getLong("total")).isEqualTo(7);
        assertThat(get(operator, "status?" + YEAR + "&channelId=" + zalo).getLong("total")).isEqualTo(5);
        JsonPath both = get(operator, "progress?" + YEAR + "&categoryId=" + env + "&channelId=" + zalo);
        assertThat(both.getList("rows.unitName")).containsExactly("Sở Thống kê A", "Sở Thống kê B");
        assertThat(both.getList("rows.late", Long.class)).containsExactly(1L, 0L);
        assertThat(both.getList("rows.onTime", Long.class)).containsExactly(0L, 1L);
        assertThat(get(operator, "status?" + YEAR + "&unitId=" + unitB + "&channelId=" + zalo).getLong("total"))
                .isEqualTo(2);
    }

    @Test
    void leadersAndSpecialistsSeeTheirUnitOnly() {
        for (String token : List.of(leaderA, specialistA)) {
            assertThat(get(token, "status?" + YEAR).getLong("total")).isEqualTo(6);
            JsonPath identity = get(token, "identity?" + YEAR);
            assertThat(identity.getList("rows.unitId")).containsExactly((int) unitA);
            assertThat(identity.getLong("totals.total")).isEqualTo(6);
            assertThat(get(token, "rating?" + YEAR + "&unitId=" + unitA).getLong("totals.total")).isEqualTo(4);
            given().auth().oauth2(token).get("/api/v1/statistics/progress?" + YEAR + "&unitId=" + unitB).then()
                    .statusCode(403).body("code", equalTo("statistics-not-your-unit"));
            given().auth().oauth2(token).get("/api/v1/statistics/list/export?unitId=" + unitB).then()
                    .statusCode(403);
            JsonPath list = get(token, "list?size=100&" + YEAR);
            assertThat(list.getList("items.mainUnitName")).containsOnly("Sở Thống kê A").hasSize(6);
        }
        given().get("/api/v1/statistics/status").then().statusCode(401);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        given().auth().oauth2(operator).get("/api/v1/statistics/status?from=2003-05-01&to=2003-04-30").then()
                .statusCode(400).body("code", equalTo("statistics-period-invalid"));
    }

    @Test
    void theListShowsTheManualsColumnsAndHidesAnonymousReporters() {
        JsonPath all = get(operator, "list?size=100&" + YEAR);
        assertThat(all.getLong("total")).isEqualTo(11);
        assertThat(all.getBoolean("totalExact")).isTrue();
        assertThat(all.getList("items.reporterName")).containsOnly("Trần Thị Thử");
        assertThat(all.getString("items[0].reportedAt")).startsWith("2003-12-31");
        assertThat(all.getString("items[0].statusLabel")).isEqualTo("Hoàn thành");
        assertThat(all.getString("items[0].mainUnitName")).isEqualTo("Sở Thống kê B");
        JsonPath first = get(operator, "list?size=4&" + YEAR);
        assertThat(first.getInt("page")).isEqualTo(1);
        assertThat(first.getList("items.reportedAt").toString()).contains("2003-12-31");
        JsonPath last = get(operator, "list?page=3&size=4&" + YEAR);
        assertThat(last.getList("items")).hasSize(3);
        assertThat(last.getLong("total")).isEqualTo(11);
        assertThat(get(operator, "list?status=COMPLETED&" + YEAR).getLong("total")).isEqualTo(6);
        assertThat(get(operator, "list?progress=ON_TIME&" + YEAR).getLong("total")).isEqualTo(4);

        given().auth().oauth2(leaderA).get("/api/v1/statistics/list?size=100&" + YEAR).then().statusCode(200)
                .body("items.findAll { !it.identityDisclosed }.reporterName", everyItem(nullValue()))
                .body("items.findAll { it.identityDisclosed }.reporterName", everyItem(equalTo("Trần Thị Thử")))
                .body("items.ratingLabel", hasItem("Không hài lòng"))
                .body("items.progressLabel", hasItem("Trễ hạn"))
                .body("items.code", not(contains(nullValue())));
    }

    @Test
    void theListSortsOnTheServerAndRefusesWhatItCannotDo() {
        List<String> days = get(operator, "list?sort=title&" + YEAR).getList("items.reportedAt", String.class);
        assertThat(days).hasSize(11).isSortedAccordingTo(String::compareTo);
        List<String> titles = get(operator, "list?sort=-title&size=5&" + YEAR).getList("items.title", String.class);
        assertThat(titles).hasSize(5).isSortedAccordingTo((a, b) -> b.compareTo(a)).contains("Phản ánh thống kê 2003-12-31");
        assertThat(get(operator, "list?sort=-title&page=2&size=5&" + YEAR).getList("items.title", String.class))
                .doesNotContainAnyElementsOf(titles);
        given().auth().oauth2(operator).get("/api/v1/statistics/list?sort=rating&" + YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(operator).get("/api/v1/statistics/list?page=0&" + YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(operator).get("/api/v1/statistics/list?size=101&" + YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(operator).get("/api/v1/statistics/list?page=500&size=20&" + YEAR).then().statusCode(200);
        given().auth().oauth2(operator).get("/api/v1/statistics/list?page=501&size=20&" + YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("page")).body("errors[0].message", containsString("Xuất Excel"));
    }

    @Test
    void theRollupEqualsAGroupByOverTheItems() {
        String naive = "select (p.reported_at at time zone 'Asia/Ho_Chi_Minh')::date as period, p.main_unit_id,"
                + " p.category_id, p.channel_id, count(*) as total,"
                + " count(*) filter (where p.status = 'COMPLETED') as completed,"
                + " count(*) filter (where p.identity_disclosed) as disclosed,"
                + " count(*) filter (where p.rating = 'SATISFIED') as satisfied,"
                + " count(*) filter (where p.progress in ('LATE', 'OVERDUE')) as late"
                + " from pakn p group by 1, 2, 3, 4";
        String rollup = "select period, main_unit_id, category_id, channel_id, total, completed, disclosed,"
                + " satisfied, late from pakn_stat where cuboid = 3 and total <> 0";
        assertThat(data.queryLong("select count(*) from ((" + naive + " except " + rollup + ") union all ("
                + rollup + " except " + naive + ")) difference")).isZero();
        assertThat(data.queryLong("select count(*) from ((select date_trunc('month', period)::date, main_unit_id,"
                + " sum(total), sum(late) from pakn_stat where cuboid = 3 group by 1, 2 having sum(total) <> 0) except"
                + " (select period, main_unit_id, total, late from pakn_stat where cuboid = 1 and grain = 'M'))"
                + " difference")).isZero();
        assertThat(data.queryLong("select count(*) from ((select period, channel_id, sum(total), sum(completed)"
                + " from pakn_stat where cuboid = 2 and grain = 'M' group by 1, 2 having sum(total) <> 0) except"
                + " (select period, channel_id, total, completed from pakn_stat where cuboid = 4 and grain = 'M'))"
                + " difference")).isZero();
        assertThat(data.queryLong("select count(*) from ((select period, sum(total), sum(disclosed) from pakn_stat"
                + " where cuboid = 1 and grain = 'M' group by 1 having sum(total) <> 0) except (select period, total,"
                + " disclosed from pakn_stat where cuboid = 0 and grain = 'M')) difference")).isZero();
    }
}
