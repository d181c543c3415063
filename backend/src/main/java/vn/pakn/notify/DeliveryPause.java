package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background work of one instance taking turns: while a deadline sweep runs here, the dispatcher claims no new
 * batch. A catch-up after downtime keeps the database busy for seconds, and delivering its messages at the same
 * time took what was left from the officers' requests; the messages wait for the sweep's end, seconds at most.
 */
@ApplicationScoped
public class DeliveryPause {

    private final AtomicInteger sweeps = new AtomicInteger();

    /** {@code work}, with delivery paused from its subscription to its end. */
    public <T> Uni<T> during(Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            sweeps.incrementAndGet();
            return work.onTermination().invoke(sweeps::decrementAndGet);
        });
    }

    boolean paused() {
        return sweeps.get() > 0;
    }
}
