package vn.pakn.deadline.sweep;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the deadline jobs every {@code pakn.deadlines.sweep-every} on every instance: SKIP keeps runs of one instance
 * from overlapping; SKIP LOCKED claims and the deadline_event key keep instances from doing anything twice.
 */
@ApplicationScoped
class SweepScheduler {

    private final DeadlineSweep sweep;

    SweepScheduler(DeadlineSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(identity = "deadline-sweep", every = "${pakn.deadlines.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweep.run().replaceWithVoid();
    }
}
