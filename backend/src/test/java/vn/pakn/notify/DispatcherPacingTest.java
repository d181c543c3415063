package vn.pakn.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The dispatcher's pace (max-per-second 200 by default) and retry backoff (30 s doubling up to an hour). */
@QuarkusTest
class DispatcherPacingTest {

    @Inject
    Dispatcher dispatcher;

    @Test
    void aBatchTakesAtLeastItsShareOfASecondAndNoTimerIsSetUnderAMillisecond() {
        assertThat(dispatcher.pause(100, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(dispatcher.pause(100, Duration.ofMillis(120).toNanos())).isEqualTo(Duration.ofMillis(380));
        assertThat(dispatcher.pause(3, 0)).isEqualTo(Duration.ofMillis(15));
        assertThat(dispatcher.pause(100, Duration.ofMillis(500).toNanos() - 999_999)).isZero();
        assertThat(dispatcher.pause(100, Duration.ofMillis(600).toNanos())).isZero();
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(dispatcher.backoff(30)).isEqualTo(Duration.ofHours(1));
    }
}
