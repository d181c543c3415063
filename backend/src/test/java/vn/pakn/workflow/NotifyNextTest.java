package vn.pakn.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;

/** "Gửi tin nhắn cho người xử lý tiếp theo" goes into the outbox with the action, to the next step's officers. */
@QuarkusTest
class NotifyNextTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;

    @Test
    void routingWithTheBoxTickedMessagesTheUnitsSpecialistsBySmsAndInApp() {
        PaknFixtures.World w = fx.world();
        long id = fx.create(w.operator(), "Đèn chiếu sáng hỏng");
        fx.act(w.operator(), id, "receive").statusCode(200);
        fx.act(w.operator(), id, "route", Map.of("mainUnitId", w.unitA(), "coordinatingUnitIds", List.of(),
                "notifyNext", true, "comment", "Đề nghị xử lý trong ngày")).statusCode(200);

        long specialistA = data.queryLong("select id from account where full_name = ?", w.specialistAName());
        long route = data.queryLong("select id from pakn_history where pakn_id = ? and action = 'route'", id);
        assertThat(data.queryLong("select count(*) from outbox_message where recipient_account_id = ?"
                + " and message_key in (?, ?)", specialistA, "forward:" + route + ":" + specialistA + ":SMS",
                "forward:" + route + ":" + specialistA + ":IN_APP")).isEqualTo(2);
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?"
                + " and body like '%Đề nghị xử lý trong ngày%' and body like '%Đèn chiếu sáng hỏng%'",
                "forward:" + route + ":%")).isEqualTo(2);
        assertThat(data.queryLong("select count(*) from outbox_message m join account a on a.id = m.recipient_account_id"
                + " where m.message_key like ? and a.unit_id <> ?", "forward:" + route + ":%", w.unitA()))
                .as("nobody outside the unit").isZero();
    }

    @Test
    void completingWithTheBoxTickedSendsTheAnswerToTheReportersPhone() {
        PaknFixtures.World w = fx.world();
        long id = fx.create(w.operator(), "Hỏi lịch thu gom rác");
        fx.act(w.operator(), id, "receive").statusCode(200);
        fx.act(w.operator(), id, "complete", Map.of("comment", "Xe thu gom đến vào 18 giờ hằng ngày",
                "notifyNext", true)).statusCode(200);
        long complete = data.queryLong("select id from pakn_history where pakn_id = ? and action = 'complete'", id);
        // the fixture's reporter phone 0900000001, in E.164; no officer's account
        assertThat(data.queryLong("select count(*) from outbox_message where message_key = ? and channel = 'SMS'"
                + " and recipient_account_id is null and recipient_address = '+84900000001'"
                + " and body like '%Xe thu gom đến vào 18 giờ hằng ngày%'", "answer:" + complete + ":SMS"))
                .isEqualTo(1);

        long quiet = fx.create(w.operator(), "Hỏi giờ làm việc");
        fx.act(w.operator(), quiet, "receive").statusCode(200);
        fx.act(w.operator(), quiet, "complete", Map.of("comment", "Từ 7 giờ 30")).statusCode(200);
        assertThat(data.queryLong("select count(*) from outbox_message m join pakn_history h"
                + " on m.message_key = 'answer:' || h.id || ':SMS' where h.pakn_id = ?", quiet)).isZero();
    }

    @Test
    void withoutTheBoxNothingIsSent() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Rác thải tồn đọng", w.unitA());
        long route = data.queryLong("select id from pakn_history where pakn_id = ? and action = 'route'", id);
        assertThat(data.queryLong("select count(*) from outbox_message where message_key like ?",
                "forward:" + route + ":%")).isZero();
    }
}
