package vn.pakn.deadline.sweep;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestClock;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;

/** The deadline jobs as the clock moves: Tiến độ, one reminder per deadline, escalation level by level. */
@QuarkusTest
class DeadlineSweepTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;
    @Inject
    TestClock clock;
    @Inject
    DeadlineSweep sweep;
    @Inject
    ProgressSweep progress;

    @Test
    void anOpenItemTurnsDueSoonThenOverdueAsTheClockMoves() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Cây xanh gãy đổ chắn đường", w.unitA());
        assertThat(detail(w, id).getString("progress")).isEqualTo("NOT_DUE");

        moveTo(instant("due_soon_at", id).minusSeconds(60));
        runProgress();
        assertThat(detail(w, id).getString("progress")).isEqualTo("NOT_DUE");
        assertThat(listed(w, "NOT_DUE", id)).isTrue();

        moveTo(instant("due_soon_at", id).plusSeconds(1));
        runProgress();
        assertThat(detail(w, id).getString("progress")).isEqualTo("DUE_SOON");
        assertThat(listed(w, "DUE_SOON", id)).isTrue();
        assertThat(listed(w, "NOT_DUE", id)).isFalse();
        assertThat(data.queryLong("select count(*) from pakn where id = ? and due_soon_at is null", id)).isOne();

        moveTo(instant("deadline", id).plusSeconds(1));
        runProgress();
        assertThat(detail(w, id).getString("progress")).isEqualTo("OVERDUE");
        assertThat(listed(w, "OVERDUE", id)).isTrue();
        assertThat(listed(w, "DUE_SOON", id)).isFalse();
    }

    @Test
    void theOfficersAreRemindedOncePerDeadlineAndTheHandlerAloneOnceClaimed() {
        PaknFixtures.World w = fx.world();
        long open = fx.routed(w, "Đèn tín hiệu giao thông hỏng", w.unitA());
        long claimed = fx.routed(w, "Nắp cống bị mất", w.unitA());
        fx.act(w.leaderA(), claimed, "claim").statusCode(200);
        long specialist = data.queryLong("select id from account where full_name = ?", w.specialistAName());
        long leader = data.queryLong("select handler_id from pakn where id = ?", claimed);

        moveTo(latest(instant("remind_at", open), instant("remind_at", claimed)).plusSeconds(1));
        run();
        run();

        for (long id : List.of(open, claimed)) {
            assertThat(data.queryLong("select count(*) from deadline_event where pakn_id = ? and kind = 'REMINDER'"
                    + " and deadline = (select deadline from pakn where id = ?)", id, id)).isOne();
            assertThat(data.queryLong("select count(*) from pakn where id = ? and remind_at is null", id)).isOne();
        }
        assertThat(recipients("reminder:" + open + ":%")).containsExactly(specialist, specialist);
        assertThat(recipients("reminder:" + claimed + ":%")).containsExactly(leader, leader);
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?"
                + " and body like '%Nắp cống bị mất%' and body like '%sắp đến hạn%'", "reminder:" + claimed + ":%"))
                .isEqualTo(2);
    }

    @Test
    void aReminderOfAnAppointedDeadlineCarriesTheAppointmentsTextOnce() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Rác thải tồn đọng chợ đêm", w.unitA());
        fx.act(w.specialistA(), id, "appoint", Map.of("amount", 2, "unit", "DAYS", "reminderAmount", 3,
                "reminderUnit", "HOURS", "reason", "Chờ đơn vị thu gom", "reminderText",
                "Nhắc riêng: gọi lại cho công ty môi trường")).statusCode(200);
        assertThat(instant("remind_at", id)).isEqualTo(instant("deadline", id).minus(Duration.ofHours(3)));

        moveTo(instant("remind_at", id).plusSeconds(1));
        run();
        run();

        assertThat(data.queryLong("select count(*) from deadline_event where pakn_id = ? and kind = 'REMINDER'", id))
                .isOne();
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?",
                "reminder:" + id + ":%")).isEqualTo(2);
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ? and body like ?"
                + " and body like '%Rác thải tồn đọng chợ đêm%' and body not like '%sắp đến hạn cần xử lý%'",
                "reminder:" + id + ":%", "Nhắc riêng: gọi lại cho công ty môi trường%")).isEqualTo(2);
    }

    @Test
    void coordinatorsOwingAnOpinionAreRemindedOncePerSubDeadlineWhichMovesWithTheEscalation() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Ô nhiễm tiếng ồn công trường", w.unitA(), w.unitB(), w.unitC());
        long b = w.unitB();
        long c = w.unitC();
        long officerB = data.queryLong("select id from account where unit_id = ?", b);
        Instant firstSub = unitInstant("deadline", id, b);
        assertThat(firstSub).isBefore(instant("deadline", id)).isEqualTo(unitInstant("deadline", id, c));
        fx.act(w.specialistC(), id, "comment", Map.of("comment", "Ý kiến phối hợp của đơn vị C")).statusCode(200);
        assertThat(data.queryLong("select count(*) from pakn_unit where pakn_id = ? and unit_id = ?"
                + " and answered_at is not null and remind_at is null", id, c)).isOne();

        moveTo(unitInstant("remind_at", id, b).plusSeconds(1));
        run();
        run();
        assertThat(unitReminders(id, b)).isOne();
        assertThat(unitReminders(id, c)).isZero();
        assertThat(recipients("coordinator-reminder:" + id + ":%")).containsExactly(officerB, officerB);
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?"
                + " and body like '%Ô nhiễm tiếng ồn công trường%' and body like '%cho ý kiến phối hợp%'",
                "coordinator-reminder:" + id + ":%")).isEqualTo(2);

        moveTo(instant("deadline", id).plusSeconds(1));
        run();
        assertThat(detail(w, id).getString("step.name")).isEqualTo("Lãnh đạo sở ban ngành");
        Instant movedSub = unitInstant("deadline", id, b);
        assertThat(movedSub).isAfter(clock.instant()).isBefore(instant("deadline", id))
                .isEqualTo(instant("due_soon_at", id));
        assertThat(unitInstant("deadline", id, c)).as("an answered coordinator owes nothing").isEqualTo(firstSub);
        JsonPath item = detail(w, id);
        assertThat(item.getList("coordinatingUnits.id", Number.class).stream().map(Number::longValue).toList())
                .containsExactlyInAnyOrder(b, c);
        for (int i = 0; i < 2; i++) {
            boolean isB = item.getLong("coordinatingUnits[" + i + "].id") == b;
            assertThat(Instant.parse(item.getString("coordinatingUnits[" + i + "].deadline")))
                    .isCloseTo(isB ? movedSub : firstSub, org.assertj.core.api.Assertions.within(1,
                            java.time.temporal.ChronoUnit.MILLIS));
            assertThat(item.getString("coordinatingUnits[" + i + "].answeredAt") == null).isEqualTo(isB);
        }

        moveTo(unitInstant("remind_at", id, b).plusSeconds(1));
        run();
        run();
        assertThat(unitReminders(id, b)).as("once per sub-deadline").isEqualTo(2);
        assertThat(unitReminders(id, c)).isZero();
        assertThat(recipients("coordinator-reminder:" + id + ":%")).hasSize(4).containsOnly(officerB);
    }

    private long unitReminders(long id, long unit) {
        return data.queryLong("select count(*) from deadline_event where pakn_id = ? and unit_id = ?"
                + " and kind = 'REMINDER'", id, unit);
    }

    private Instant unitInstant(String column, long id, long unit) {
        return Instant.ofEpochMilli(data.queryLong("select (extract(epoch from " + column + ") * 1000)::bigint"
                + " from pakn_unit where pakn_id = ? and unit_id = ?", id, unit));
    }

    @Test
    void anOverdueItemMovesUpTheChainLevelByLevelOnceWithTheManualsHistoryAndMessages() {
        PaknFixtures.World w = fx.world();
        Account provinceOfficer = data.account(w.center(), Role.PROVINCE_OFFICE);
        long id = fx.routed(w, "Sạt lở taluy đường tỉnh", w.unitA());
        fx.act(w.specialistA(), id, "claim").statusCode(200);
        long leader = data.queryLong("select id from account where unit_id = ? and roles = 'LEADER'", w.unitA());
        long version = fx.version(id);

        moveTo(instant("deadline", id).plusSeconds(1));
        run();
        JsonPath item = detail(w, id);
        assertThat(item.getString("step.name")).isEqualTo("Lãnh đạo sở ban ngành");
        assertThat(item.getString("status")).isEqualTo("WAITING");
        assertThat(item.getString("progress")).isEqualTo("NOT_DUE");
        assertThat(item.getMap("handler")).isNull();
        assertThat(item.getLong("version")).isEqualTo(version + 1);
        Map<String, Object> escalation = lastEntry(w, id);
        assertThat(escalation.get("actorLabel")).isEqualTo("Task AutoComplete System");
        assertThat(escalation.get("actorId")).isNull();
        assertThat(escalation.get("actionLabel")).isEqualTo("Tự động chuyển cấp trên");
        assertThat(labels(escalation)).containsExactly("Người xử lý", "Bước", "Tiến độ",
                "Hạn xử lý", "Trạng thái");
        assertThat(change(escalation, "Bước")).containsExactly("Xử lý chuyên ngành", "Lãnh đạo sở ban ngành");
        assertThat(change(escalation, "Tiến độ")).containsExactly("Trễ hạn", "Chưa đến hạn");
        assertThat(change(escalation, "Trạng thái")).containsExactly("Đang xử lý", "Chờ xử lý");
        assertThat(item.getString("deadline")).isEqualTo(workingDeadline(w, (String) escalation.get("occurredAt")));
        assertThat(recipients("escalation:" + id + ":%")).containsExactly(leader, leader);
        String newDeadline = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(Instant.parse(item.getString("deadline")));
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ? and subject like ?"
                + " and body like '%Sạt lở taluy đường tỉnh%' and body like '%Lãnh đạo sở ban ngành%' and body like ?",
                "escalation:" + id + ":%", "%" + item.getString("code") + "%", "%" + newDeadline + "%"))
                .isEqualTo(2);
        fx.act(w.leaderA(), id, "claim").statusCode(200);
        fx.act(w.leaderA(), id, "release").statusCode(200);

        run();
        assertThat(detail(w, id).getString("step.name")).as("the new deadline has not passed")
                .isEqualTo("Lãnh đạo sở ban ngành");

        moveTo(instant("deadline", id).plusSeconds(1));
        run();
        run();
        escalation = lastEntry(w, id);
        assertThat(detail(w, id).getString("step.name")).isEqualTo("VP UBND Tỉnh");
        assertThat(change(escalation, "Bước")).containsExactly("Lãnh đạo sở ban ngành", "VP UBND Tỉnh");
        assertThat(labels(escalation)).as("Chờ xử lý and no handler before and after: not listed")
                .doesNotContain("Trạng thái", "Người xử lý");
        assertThat(escalation.get("actorLabel")).isEqualTo("Task AutoComplete System");
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?"
                + " and recipient_account_id = ?", "escalation:" + id + ":%", provinceOfficer.id)).isEqualTo(2);

        moveTo(instant("deadline", id).plusSeconds(1));
        run();
        assertThat(detail(w, id).getString("step.name")).as("the top of the chain").isEqualTo("VP UBND Tỉnh");
        assertThat(detail(w, id).getString("progress")).isEqualTo("OVERDUE");
        assertThat(data.queryLong("select count(*) from deadline_event where pakn_id = ? and kind = 'ESCALATION'",
                id)).isEqualTo(2);
        assertThat(data.queryLong("select count(*) from pakn_history where pakn_id = ? and action = 'escalate'", id))
                .isEqualTo(2);
    }

    @Test
    void anEscalatedItemCanBeSentBackToTheCenterFromEachLevel() {
        PaknFixtures.World w = fx.world();
        String provinceOffice = fx.token(w.center(), Role.PROVINCE_OFFICE);
        long id = fx.routed(w, "Cống thoát nước bị lấp, gửi nhầm đơn vị", w.unitA());
        moveTo(instant("deadline", id).plusSeconds(1));
        run();
        given().auth().oauth2(w.leaderA()).get("/api/v1/pakn/" + id + "/actions").then().statusCode(200)
                .body("action", hasItems("coordinate", "return-to-operator"));

        moveTo(instant("deadline", id).plusSeconds(1));
        run();
        assertThat(detail(w, id).getString("step.name")).isEqualTo("VP UBND Tỉnh");
        fx.act(provinceOffice, id, "return-to-operator", Map.of("reason", "WRONG_JURISDICTION",
                "comment", "Thuộc thẩm quyền UBND cấp xã")).statusCode(200).body("stepName", equalTo("Nhân viên trực"));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/actions").then()
                .body("action", hasItem("reroute"));
    }

    @Test
    void aDeadlineThatEscalatedBeforeNeitherMovesItsItemAgainNorHoldsUpTheOthers() {
        PaknFixtures.World w = fx.world();
        long escalatedBefore = fx.routed(w, "Đèn đường hỏng trước cổng trường", w.unitA());
        long other = fx.routed(w, "Ổ gà trên quốc lộ 19", w.unitA());
        data.queryLong("insert into deadline_event (id, pakn_id, kind, deadline, occurred_at)"
                + " select nextval('deadline_event_seq'), id, 'ESCALATION', deadline, now() from pakn where id = ?"
                + " returning id", escalatedBefore);

        moveTo(latest(instant("deadline", escalatedBefore), instant("deadline", other)).plusSeconds(1));
        run();
        assertThat(detail(w, escalatedBefore).getString("step.name")).isEqualTo("Xử lý chuyên ngành");
        assertThat(detail(w, other).getString("step.name")).isEqualTo("Lãnh đạo sở ban ngành");
        assertThat(data.queryLong("select count(*) from pakn_history where pakn_id = ? and action = 'escalate'",
                escalatedBefore)).isZero();
    }

    private void run() {
        await(sweep::run);
    }

    private void runProgress() {
        await(() -> progress.run(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private Instant instant(String column, long id) {
        return Instant.ofEpochMilli(data.queryLong(
                "select (extract(epoch from " + column + ") * 1000)::bigint from pakn where id = ?", id));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private List<Long> recipients(String keyPattern) {
        long count = data.queryLong("select count(*) from outbox_message where message_key like ?", keyPattern);
        return java.util.stream.LongStream.range(0, count).mapToObj(i -> data.queryLong(
                "select recipient_account_id from outbox_message where message_key like ? order by id offset ?",
                keyPattern, i)).toList();
    }

    private static JsonPath detail(PaknFixtures.World w, long id) {
        return given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    private static boolean listed(PaknFixtures.World w, String progress, long id) {
        List<Number> ids = given().auth().oauth2(w.operator()).queryParam("progress", progress)
                .queryParam("size", 100).get("/api/v1/pakn").then().statusCode(200).extract().path("items.id");
        return ids.stream().anyMatch(found -> found.longValue() == id);
    }

    /** The last entry of the item's history (Lịch sử), as the SPA receives it. */
    private static Map<String, Object> lastEntry(PaknFixtures.World w, long id) {
        return given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then().statusCode(200)
                .extract().jsonPath().getMap("[-1]");
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Map<String, Object> entry) {
        return ((List<Map<String, Object>>) entry.get("changes")).stream().map(c -> (String) c.get("label")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> change(Map<String, Object> entry, String label) {
        Map<String, Object> change = ((List<Map<String, Object>>) entry.get("changes")).stream()
                .filter(c -> label.equals(c.get("label"))).findFirst().orElseThrow();
        return java.util.Arrays.asList(change.get("oldValue"), change.get("newValue"));
    }

    private static String workingDeadline(PaknFixtures.World w, String from) {
        return given().auth().oauth2(w.operator()).queryParam("from", from).queryParam("amount", 480)
                .queryParam("unit", "MINUTES").get("/api/v1/calendar/deadline").then().statusCode(200).extract()
                .path("deadline");
    }
}
