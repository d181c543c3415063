package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Forgets what no longer matters: revoked access tokens that have expired anyway, and throttle counters that
 * {@link ThrottlePolicy} would reset. Idempotent deletes, so harmless when several instances run it.
 */
@ApplicationScoped
class AuthHousekeeping {

    private final LoginThrottle throttle;
    private final Clock clock;

    AuthHousekeeping(LoginThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithTransaction
    Uni<Void> purge() {
        Instant now = clock.instant();
        return RevokedAccessToken.delete("expiresAt < ?1", now)
                .chain(() -> throttle.forget(now.minus(ThrottlePolicy.USER_MEMORY), now));
    }
}
