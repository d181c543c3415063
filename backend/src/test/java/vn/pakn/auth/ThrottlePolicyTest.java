package vn.pakn.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    @Test
    void fourFailuresCostNothingThenDelaysDoubleUpToFifteenMinutes() {
        assertThat(ThrottlePolicy.userDelay(4), equalTo(Optional.empty()));
        assertThat(ThrottlePolicy.userDelay(5), equalTo(Optional.of(Duration.ofSeconds(30))));
        assertThat(ThrottlePolicy.userDelay(6), equalTo(Optional.of(Duration.ofSeconds(60))));
        assertThat(ThrottlePolicy.userDelay(7), equalTo(Optional.of(Duration.ofSeconds(120))));
        assertThat(ThrottlePolicy.userDelay(10), equalTo(Optional.of(Duration.ofMinutes(15))));
        assertThat(ThrottlePolicy.userDelay(Integer.MAX_VALUE), equalTo(Optional.of(Duration.ofMinutes(15))));
    }

    @Test
    void anAddressIsBlockedForAWindowAfterFiftyFailures() {
        assertThat(ThrottlePolicy.addressDelay(49), equalTo(Optional.empty()));
        assertThat(ThrottlePolicy.addressDelay(50), equalTo(Optional.of(Duration.ofMinutes(15))));
    }

    @Test
    void theUserKeyIncludesTheAddressSoOthersCannotLockAUserOut() {
        assertThat(ThrottlePolicy.userKey("+84982123456", "198.51.100.1"),
                not(equalTo(ThrottlePolicy.userKey("+84982123456", "198.51.100.2"))));
        assertThat(ThrottlePolicy.userKey("x".repeat(500), "198.51.100.1").length(), lessThanOrEqualTo(200));
    }
}
