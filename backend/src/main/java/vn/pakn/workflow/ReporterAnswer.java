package vn.pakn.workflow;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.pakn.notify.Outbox;
import vn.pakn.pakn.Pakn;
import vn.pakn.unit.PhoneNumber;
import vn.pakn.workflow.history.PaknHistory;

/**
 * Xác nhận hoàn thành answers the citizen: with "send a message" ticked, the answer (the entry's comment) goes to the
 * reporter's phone by SMS, through the outbox in the action's transaction. Nobody acts after completion, so this is
 * who the message goes to.
 */
@ApplicationScoped
public class ReporterAnswer {

    private final Outbox outbox;

    public ReporterAnswer(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> send(Pakn p, PaknHistory entry) {
        if (!entry.notifyNext || entry.comment == null || p.reporterPhone == null || p.reporterPhone.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        String phone = PhoneNumber.normalize(p.reporterPhone).orElse(p.reporterPhone.strip());
        return outbox.enqueueSms("answer:" + entry.id, "ANSWERED",
                Map.of("code", p.code, "title", p.title, "answer", entry.comment), phone);
    }
}
