package vn.pakn.workflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.pakn.notify.Channel;
import vn.pakn.notify.Notice;
import vn.pakn.notify.Outbox;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.workflow.history.PaknHistory;
import vn.pakn.workflow.process.ProcessStep;

/**
 * "Gửi tin nhắn cho người xử lý tiếp theo": when an officer ticks it, the officers who must act at the item's new
 * step get an SMS and a notification (through the outbox, in the action's transaction). Who they are follows from
 * the step's data: its role, and its assignee level — the main unit (and, at a coordination step, the coordinating
 * units), or everyone holding the role for the 1022 centre and the provincial office.
 */
@ApplicationScoped
public class NextOfficers {

    private static final String RECIPIENTS = """
            with target as (
                select cast(:pakn as bigint) as pakn_id, cast(:mainUnit as bigint) as main_unit_id,
                       cast(:role as varchar) as role, cast(:level as varchar) as assignee_level,
                       cast(:kind as varchar) as kind),
            %s
            select distinct account_id from officer order by account_id""".formatted(StepOfficers.CTE);

    private final Outbox outbox;
    private final ReporterAnswer reporter;

    public NextOfficers(Outbox outbox, ReporterAnswer reporter) {
        this.outbox = outbox;
        this.reporter = reporter;
    }

    /**
     * Tells the next officers, if the entry asked for it and the item moved to a step someone must act at; when it
     * completed, the next to hear is the citizen (the answer by SMS).
     */
    public Uni<Void> tell(Pakn p, PaknHistory entry) {
        ProcessStep step = p.currentStep;
        if (entry.notifyNext && p.status == PaknStatus.COMPLETED) {
            return reporter.send(p, entry);
        }
        if (!entry.notifyNext || step.role == null) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> params = Map.of("actor", entry.actorLabel, "code", p.code, "title", p.title,
                "message", entry.comment == null ? "" : entry.comment);
        return recipients(p, step).chain(ids -> outbox.enqueueAll(ids.stream().map(accountId -> new Notice(
                "forward:" + entry.id + ":" + accountId, "FORWARDED", params, "/pakn/" + p.id, accountId,
                EnumSet.of(Channel.SMS, Channel.IN_APP))).toList()));
    }

    private Uni<List<Long>> recipients(Pakn p, ProcessStep step) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RECIPIENTS, Long.class)
                .setParameter("pakn", p.id)
                .setParameter("mainUnit", p.mainUnit == null ? -1L : p.mainUnit.id)
                .setParameter("role", step.role)
                .setParameter("level", step.assigneeLevel == null ? "" : step.assigneeLevel)
                .setParameter("kind", step.kind)
                .getResultList());
    }
}
