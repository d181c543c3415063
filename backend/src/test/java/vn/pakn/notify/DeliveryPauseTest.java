package vn.pakn.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** While a deadline sweep runs on this instance, the dispatcher claims nothing; afterwards it delivers as before. */
@QuarkusTest
class DeliveryPauseTest {

    @Inject
    TestData data;
    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    DeliveryPause pause;

    @Test
    void aMessageWaitsForTheSweepToEndAndIsThenDelivered() {
        long officer = data.account(data.unit("Sở Tạm dừng", UnitKind.DEPARTMENT), Role.SPECIALIST).id;
        String key = OutboxTestSupport.enqueue(outbox, officer, Channel.IN_APP) + ":IN_APP";
        CompletableFuture<Void> sweepEnds = new CompletableFuture<>();
        pause.during(Uni.createFrom().completionStage(sweepEnds)).subscribe().with(done -> {
        });

        assertThat(OutboxTestSupport.dispatch(dispatcher)).as("tried during the sweep").isZero();
        assertThat(sent(key)).isZero();

        sweepEnds.complete(null);
        assertThat(OutboxTestSupport.dispatch(dispatcher)).isPositive();
        assertThat(sent(key)).isEqualTo(1);
        assertThat(data.queryLong("select count(*) from notification n join outbox_message m on m.id = n.outbox_id"
                + " where m.message_key = ?", key)).isEqualTo(1);
    }

    @Test
    void aSweepThatFailsDoesNotPauseDeliveryForEver() {
        long officer = data.account(data.unit("Sở Tạm dừng lỗi", UnitKind.DEPARTMENT), Role.SPECIALIST).id;
        String key = OutboxTestSupport.enqueue(outbox, officer, Channel.IN_APP) + ":IN_APP";
        pause.during(Uni.createFrom().failure(new IllegalStateException("database gone"))).subscribe().with(
                done -> {
                }, failure -> {
                });

        assertThat(OutboxTestSupport.dispatch(dispatcher)).isPositive();
        assertThat(sent(key)).isEqualTo(1);
    }

    private long sent(String key) {
        return data.queryLong("select count(*) from outbox_message where message_key = ? and status = 'SENT'", key);
    }
}
