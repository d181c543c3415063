package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Background work of one instance taking turns: while a deadline sweep runs here, the dispatcher claims no new
 * batch. A catch-up after downtime keeps the database busy for seconds, and delivering its messages at the same
 * time took what was left from the officers' requests; the messages wait for the sweep's end, seconds at most. A
 * sweep that has not ended within {@link #LIMIT} (a very long catch-up, a database that stopped answering) no
 * longer holds delivery up.
 */
@ApplicationScoped
public class DeliveryPause {

    static final Duration LIMIT = Duration.ofMinutes(1);

    private final Clock clock;
    private int sweeps;
    private Instant since;

    DeliveryPause(Clock clock) {
        this.clock = clock;
    }

    /** {@code work}, with delivery paused from its subscription to its end. */
    public <T> Uni<T> during(Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            started();
            return work.onTermination().invoke(this::ended);
        });
    }

    synchronized boolean paused() {
        return sweeps > 0 && clock.instant().isBefore(since.plus(LIMIT));
    }

    private synchronized void started() {
        if (sweeps++ == 0) {
            since = clock.instant();
        }
    }

    private synchronized void ended() {
        sweeps--;
    }
}
