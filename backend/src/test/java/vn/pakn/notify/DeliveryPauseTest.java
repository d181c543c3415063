package vn.pakn.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestClock;
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
    @Inject
    TestClock clock;

    /** The end of the sweep a test starts (a stand-in for one that runs as long as the test wants). */
    private final CompletableFuture<Void> sweepEnds = new CompletableFuture<>();

    @AfterEach
    void endSweep() {
        sweepEnds.complete(null);
    }

    @Test
    void aMessageWaitsForTheSweepToEndAndIsThenDelivered() {
        String key = enqueue("Sở Tạm dừng");
        startSweep();

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
        String key = enqueue("Sở Tạm dừng lỗi");
        pause.during(Uni.createFrom().failure(new IllegalStateException("database gone"))).subscribe().with(
                done -> {
                }, failure -> {
                });

        assertThat(OutboxTestSupport.dispatch(dispatcher)).isPositive();
        assertThat(sent(key)).isEqualTo(1);
    }

    @Test
    void aSweepThatHasNotEndedWithinAMinuteNoLongerHoldsDeliveryUp() {
        startSweep();
        clock.advance(DeliveryPause.LIMIT.minusSeconds(1));
        assertThat(OutboxTestSupport.dispatch(dispatcher)).isZero();

        clock.advance(Duration.ofSeconds(2));
        String key = enqueue("Sở Tạm dừng lâu");
        assertThat(OutboxTestSupport.dispatch(dispatcher)).isPositive();
        assertThat(sent(key)).isEqualTo(1);
    }

    private void startSweep() {
        pause.during(Uni.createFrom().completionStage(sweepEnds)).subscribe().with(done -> {
        });
    }

    /** An in-app message to a new officer of a new unit; its key. */
    private String enqueue(String unit) {
        long officer = data.account(data.unit(unit, UnitKind.DEPARTMENT), Role.SPECIALIST).id;
        return OutboxTestSupport.enqueue(outbox, officer, Channel.IN_APP) + ":IN_APP";
    }

    private long sent(String key) {
        return data.queryLong("select count(*) from outbox_message where message_key = ? and status = 'SENT'", key);
    }
}
