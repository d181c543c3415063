package vn.pakn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A test that moves the clock does not move the next one's ({@link ClockReset}). */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockResetTest {

    @Inject
    TestClock clock;

    @Test
    @Order(1)
    void aTestMovesTheClockAYearAhead() {
        clock.advance(Duration.ofDays(365));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(364)));
    }

    @Test
    @Order(2)
    void theNextTestStartsAtRealTime() {
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
