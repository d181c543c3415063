package vn.pakn.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.pakn.statistics.StatsData.Item;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/**
 * Random items (the year 2008), changed and deleted at random after they were made, then random filter combinations:
 * every report's numbers equal the rows of the list and a plain count over the items. Seeded, so a failure repeats.
 */
@QuarkusTest
class ReportsAgreeWithTheListTest {

    private static final long SEED = 20261128L;
    private static final String[] STATUSES = {"AWAITING_RECEPTION", "WAITING", "IN_PROGRESS", "APPOINTED",
        "COMPLETED"};
    private static final String[] PROGRESS = {null, "NOT_DUE", "DUE_SOON", "OVERDUE", "ON_TIME", "LATE"};
    private static final String[] RATINGS = {null, null, "SATISFIED", "NEUTRAL", "DISSATISFIED"};

    @Inject
    StatsData stats;
    @Inject
    TestData data;

    @Test
    void forRandomFiltersEveryReportAgreesWithTheListAndTheItems() {
        Random random = new Random(SEED);
        List<Long> units = List.of(data.unit("Sở Ngẫu nhiên 1", UnitKind.DEPARTMENT),
                data.unit("Sở Ngẫu nhiên 2", UnitKind.DEPARTMENT), data.unit("UBND Ngẫu nhiên 3", UnitKind.DISTRICT));
        List<Long> categories = List.of(stats.category("Y_TE"), stats.category("GIAO_DUC"), stats.category("KHAC"));
        List<Long> channels = List.of(stats.channel("SMS"), stats.channel("UNG_DUNG"));
        String operator = data.token(data.account(data.unit("Trung tâm Ngẫu nhiên", UnitKind.CALL_CENTER),
                Role.OPERATOR));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            ids.add(stats.insert(new Item(day(random), random.nextInt(5) == 0 ? null : pick(random, units),
                    pick(random, categories), pick(random, channels), status, random.nextBoolean(),
                    PROGRESS[random.nextInt(PROGRESS.length)], random.nextInt(4) == 0,
                    status.equals("COMPLETED") ? RATINGS[random.nextInt(RATINGS.length)] : null)));
        }
        for (int i = 0; i < 40; i++) {
            long id = pick(random, ids);
            switch (random.nextInt(4)) {
                case 0 -> data.queryLong("update pakn set status = ?, progress = ? where id = ? returning id",
                        STATUSES[random.nextInt(STATUSES.length)], PROGRESS[1 + random.nextInt(5)], id);
                case 1 -> data.queryLong("update pakn set main_unit_id = ?, deadline_extended = not deadline_extended"
                        + " where id = ? returning id", pick(random, units), id);
                case 2 -> data.queryLong("update pakn set reported_at = ?, identity_disclosed = not identity_disclosed"
                        + " where id = ? returning id", java.sql.Timestamp.from(day(random).atTime(LocalTime.of(23, 30))
                                .atZone(StatsData.ZONE).toInstant()), id);
                default -> data.queryLong("update pakn set title = title || '.' where id = ? returning id", id);
            }
        }
        data.queryLong("with changed as (update pakn set category_id = ? where id = any(?) returning 1)"
                + " select count(*) from changed", categories.get(0), ids.subList(0, 20).toArray(Long[]::new));
        data.queryLong("with gone as (delete from pakn where id = any(?) and not exists (select 1 from pakn_rating r"
                + " where r.pakn_id = pakn.id) returning 1) select count(*) from gone",
                (Object) ids.subList(90, 100).toArray(Long[]::new));

        for (int round = 0; round < 16; round++) {
            LocalDate from = day(random);
            LocalDate to = random.nextInt(4) == 0 ? LocalDate.of(2008, 12, 31) : day(random);
            if (to.isBefore(from)) {
                LocalDate swap = from;
                from = to;
                to = swap;
            }
            Long unit = random.nextInt(2) == 0 ? null : pick(random, units);
            Long category = random.nextInt(3) == 0 ? pick(random, categories) : null;
            Long channel = random.nextInt(3) == 0 ? pick(random, channels) : null;
            StringBuilder query = new StringBuilder("from=" + from + "&to=" + to);
            StringBuilder where = new StringBuilder(" where p.reported_at >= ? and p.reported_at < ?");
            List<Object> params = new ArrayList<>(List.of(
                    java.sql.Timestamp.from(from.atStartOfDay(StatsData.ZONE).toInstant()),
                    java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(StatsData.ZONE).toInstant())));
            filter(query, where, params, "unitId", "main_unit_id", unit);
            filter(query, where, params, "categoryId", "category_id", category);
            filter(query, where, params, "channelId", "channel_id", channel);
            if (unit == null) {
                where.append(" and (p.main_unit_id is null or p.main_unit_id = any(?))");
                params.add(units.toArray(Long[]::new));
            }
            String description = "round " + round + ": " + query;

            JsonPath status = get(operator, "status?" + query);
            JsonPath list = get(operator, "list?size=100&" + query);
            List<Map<String, Object>> items = new ArrayList<>(list.getList("items"));
            for (int page = 2; (page - 1) * 100L < list.getLong("total"); page++) {
                items.addAll(get(operator, "list?size=100&page=" + page + "&" + query).getList("items"));
            }
            long total = count(where, params, "true");
            assertThat(status.getLong("total")).as(description).isEqualTo(total);
            assertThat(items).as(description).hasSize((int) total);
            assertThat(list.getLong("total")).as(description).isEqualTo(total);
            for (int s = 0; s < STATUSES.length; s++) {
                long byStatus = count(where, params, "p.status = '" + STATUSES[s] + "'");
                assertThat(status.getLong("byStatus[" + s + "].count")).as(description).isEqualTo(byStatus);
                String code = STATUSES[s];
                assertThat(items.stream().filter(i -> code.equals(i.get("status"))).toList())
                        .as(description).hasSize((int) byStatus);
            }
            assertThat(status.getList("byWeek.count", Long.class).stream().mapToLong(Long::longValue).sum())
                    .as(description).isEqualTo(total);
            assertThat(status.getList("byChannel.total", Long.class).stream().mapToLong(Long::longValue).sum())
                    .as(description).isEqualTo(total);

            JsonPath identity = get(operator, "identity?" + query);
            assertThat(identity.getLong("totals.disclosed")).as(description)
                    .isEqualTo(count(where, params, "p.identity_disclosed"));
            assertThat(identity.getList("rows.total", Long.class).stream().mapToLong(Long::longValue).sum())
                    .as(description).isEqualTo(total);
            JsonPath rating = get(operator, "rating?" + query);
            assertThat(rating.getLong("totals.total")).as(description)
                    .isEqualTo(count(where, params, "p.rating is not null"));
            assertThat(rating.getLong("totals.neutral")).as(description)
                    .isEqualTo(count(where, params, "p.rating = 'NEUTRAL'"));
            assertThat(items.stream().filter(i -> i.get("rating") != null).toList()).as(description)
                    .hasSize((int) rating.getLong("totals.total"));
            JsonPath progress = get(operator, "progress?" + query);
            assertThat(progress.getLong("totals.extended")).as(description)
                    .isEqualTo(count(where, params, "p.progress = 'ON_TIME' and p.deadline_extended"));
            assertThat(progress.getLong("totals.late")).as(description)
                    .isEqualTo(count(where, params, "p.progress in ('LATE', 'OVERDUE')"));
            assertThat(progress.getLong("totals.onTime")).as(description)
                    .isEqualTo(count(where, params, "p.progress = 'ON_TIME' and not p.deadline_extended"));
            for (String share : List.of("status", "identity", "rating", "progress")) {
                JsonPath report = share.equals("status") ? status : share.equals("identity") ? identity
                        : share.equals("rating") ? rating : progress;
                assertSharesAddUp(report, share, description);
            }
        }
    }

    private static void assertSharesAddUp(JsonPath report, String kind, String description) {
        List<List<Float>> sets = new ArrayList<>();
        switch (kind) {
            case "status" -> sets.add(report.getList("byStatus.percent", Float.class));
            case "identity" -> report.getList("rows", java.util.Map.class).forEach(r -> sets.add(List.of(
                    ((Number) r.get("disclosedPercent")).floatValue(), ((Number) r.get("anonymousPercent")).floatValue())));
            case "rating" -> report.getList("rows", java.util.Map.class).forEach(r -> sets.add(List.of(
                    ((Number) r.get("satisfiedPercent")).floatValue(), ((Number) r.get("neutralPercent")).floatValue(),
                    ((Number) r.get("dissatisfiedPercent")).floatValue())));
            default -> report.getList("rows", java.util.Map.class).forEach(r -> sets.add(List.of(
                    ((Number) r.get("onTimePercent")).floatValue(), ((Number) r.get("latePercent")).floatValue(),
                    ((Number) r.get("extendedPercent")).floatValue())));
        }
        for (List<Float> shares : sets) {
            long tenths = shares.stream().mapToLong(p -> Math.round(p * 10)).sum();
            assertThat(tenths).as(description + " " + kind + " " + shares).isIn(0L, 1000L);
        }
    }

    private long count(StringBuilder where, List<Object> params, String condition) {
        return data.queryLong("select count(*) from pakn p" + where + " and " + condition, params.toArray());
    }

    private static void filter(StringBuilder query, StringBuilder where, List<Object> params, String name,
            String column, Long value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(value);
            where.append(" and p.").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static JsonPath get(String token, String path) {
        return given().auth().oauth2(token).get("/api/v1/statistics/" + path).then().statusCode(200).extract()
                .jsonPath();
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2008, 1, 1).plusDays(random.nextInt(366));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
