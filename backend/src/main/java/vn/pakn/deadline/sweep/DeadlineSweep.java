package vn.pakn.deadline.sweep;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;
import vn.pakn.notify.DeliveryPause;

/**
 * One run of the deadline jobs over everything due now. Progress first: the escalation reads the items it marked
 * Trễ hạn (V49), so an item escalated in the same run shows Trễ hạn → Chưa đến hạn in its history; reminders last,
 * so that an item just escalated is not reminded of the deadline it has left. This instance delivers no messages
 * meanwhile ({@link DeliveryPause}).
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);

    private final ProgressSweep progress;
    private final EscalationSweep escalation;
    private final ReminderSweep reminders;
    private final DeliveryPause deliveryPause;
    private final Clock clock;

    DeadlineSweep(ProgressSweep progress, EscalationSweep escalation, ReminderSweep reminders,
            DeliveryPause deliveryPause, Clock clock) {
        this.progress = progress;
        this.escalation = escalation;
        this.reminders = reminders;
        this.deliveryPause = deliveryPause;
        this.clock = clock;
    }

    /** What a run did. */
    public record Report(int progressChanged, int escalated, int reminded, int coordinatorsReminded, int messages) {
    }

    public Uni<Report> run() {
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return deliveryPause.during(progress.run(now)
                .flatMap(changed -> escalation.run()
                        .flatMap(escalated -> reminders.items(now)
                                .flatMap(reminded -> reminders.coordinators(now)
                                        .map(coordinators -> new Report(changed, escalated.done(), reminded.done(),
                                                coordinators.done(), escalated.messages() + reminded.messages()
                                                        + coordinators.messages()))))))
                .invoke(report -> {
                    if (report.progressChanged() + report.escalated() + report.reminded() + report.coordinatorsReminded()
                            > 0) {
                        LOG.infof("Deadline sweep in %d ms: %s", (System.nanoTime() - started) / 1_000_000, report);
                    }
                });
    }
}
