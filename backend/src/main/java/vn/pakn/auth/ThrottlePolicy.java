package vn.pakn.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long failed sign-ins block further attempts (ASVS V6.1.1, V6.3.1). Failures count per (username, address),
 * so an attacker elsewhere cannot lock a real officer out, and per address, against one address trying many
 * usernames. Unknown usernames count exactly like existing ones, so the answer reveals nothing.
 */
final class ThrottlePolicy {

    /** Failures allowed for a username from one address before delays start. */
    static final int FREE_FAILURES = 5;
    /** The first delay; it doubles with each further failure. Long enough to make guessing slow from the start. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A username's failures are forgotten after this long without one. */
    static final Duration USER_MEMORY = Duration.ofHours(24);

    /** Failures from one address, whatever the username, within {@link #ADDRESS_WINDOW}. */
    static final int ADDRESS_FAILURES = 50;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private static final int MAX_KEY_PART = 120;

    private ThrottlePolicy() {
    }

    static String userKey(String username, String ip) {
        return "user:" + cut(username) + "@" + cut(ip);
    }

    /** Wrong current passwords given to change one: counted per account, as a username's failures. */
    static String passwordChangeKey(long accountId) {
        return "password:" + accountId;
    }

    static String addressKey(String ip) {
        return "addr:" + cut(ip);
    }

    /** Whole seconds from {@code now} until {@code blockedUntil}, at least 1: the Retry-After of a refusal. */
    static long retryAfterSeconds(Instant now, Instant blockedUntil) {
        return Math.max(1, (Duration.between(now, blockedUntil).toMillis() + 999) / 1000);
    }

    /** The block after the {@code failures}-th failure of a username from one address. */
    static Optional<Duration> userDelay(int failures) {
        if (failures < FREE_FAILURES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_FAILURES, 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    /** The block after the {@code failures}-th failure from one address within the window. */
    static Optional<Duration> addressDelay(int failures) {
        return failures >= ADDRESS_FAILURES ? Optional.of(ADDRESS_WINDOW) : Optional.empty();
    }

    private static String cut(String value) {
        return value.length() <= MAX_KEY_PART ? value : value.substring(0, MAX_KEY_PART);
    }
}
