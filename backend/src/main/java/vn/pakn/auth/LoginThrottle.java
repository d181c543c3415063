package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** The login_throttle table: failure counts and blocks per key (see {@link ThrottlePolicy}). */
@ApplicationScoped
class LoginThrottle {

    private static final String BLOCKED_UNTIL = """
            select max(blocked_until) from login_throttle
            where throttle_key in (:userKey, :addressKey) and blocked_until > :now""";

    // Counting in one statement keeps concurrent failures of the same key from losing counts.
    private static final String COUNT_FAILURE = """
            insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)
            on conflict (throttle_key) do update set
                failures = case when login_throttle.last_failure_at < :forgetBefore then 1
                                else login_throttle.failures + 1 end,
                last_failure_at = :now
            returning failures""";

    private static final String BLOCK = "update login_throttle set blocked_until = :until where throttle_key = :key";
    private static final String RESET = "delete from login_throttle where throttle_key = :key";
    private static final String FORGET = """
            delete from login_throttle
            where last_failure_at < :before and (blocked_until is null or blocked_until < :now)""";

    /** The end of the current block of either key, if one is blocked. */
    Uni<Optional<Instant>> blockedUntil(String userKey, String addressKey, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(BLOCKED_UNTIL, OffsetDateTime.class)
                .setParameter("userKey", userKey)
                .setParameter("addressKey", addressKey)
                .setParameter("now", utc(now))
                .getSingleResultOrNull())
                .map(until -> Optional.ofNullable(until).map(OffsetDateTime::toInstant));
    }

    /** Counts a failure for both keys and blocks those that reached their limit. Call inside a transaction. */
    Uni<Void> recordFailure(String userKey, String addressKey, Instant now) {
        return count(userKey, now, ThrottlePolicy.USER_MEMORY, ThrottlePolicy::userDelay)
                .chain(() -> count(addressKey, now, ThrottlePolicy.ADDRESS_WINDOW, ThrottlePolicy::addressDelay));
    }

    Uni<Void> reset(String userKey) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RESET)
                .setParameter("key", userKey)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Drops counters idle since {@code before} (longer than any window) and no longer blocking. */
    Uni<Void> forget(Instant before, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET)
                .setParameter("before", utc(before))
                .setParameter("now", utc(now))
                .executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Void> count(String key, Instant now, Duration memory, IntFunction<Optional<Duration>> delay) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(COUNT_FAILURE, Integer.class)
                .setParameter("key", key)
                .setParameter("now", utc(now))
                .setParameter("forgetBefore", utc(now.minus(memory)))
                .getSingleResult()
                .flatMap(failures -> delay.apply(failures)
                        .map(block -> session.createNativeQuery(BLOCK)
                                .setParameter("until", utc(now.plus(block)))
                                .setParameter("key", key)
                                .executeUpdate()
                                .replaceWithVoid())
                        .orElseGet(() -> Uni.createFrom().voidItem())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
