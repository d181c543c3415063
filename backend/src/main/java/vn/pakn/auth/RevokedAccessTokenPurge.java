package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Forgets revoked access tokens once they have expired anyway. Harmless when several instances run it. */
@ApplicationScoped
class RevokedAccessTokenPurge {

    private final Clock clock;

    RevokedAccessTokenPurge(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithTransaction
    Uni<Void> purge() {
        return RevokedAccessToken.delete("expiresAt < ?1", clock.instant()).replaceWithVoid();
    }
}
