package vn.pakn.workflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import vn.pakn.notify.Channel;
import vn.pakn.notify.Notice;
import vn.pakn.notify.Outbox;
import vn.pakn.pakn.Pakn;
import vn.pakn.workflow.history.PaknHistory;

/**
 * A result the unit's leader must approve before it is returned (Phê duyệt kết quả) is announced to the unit's leaders
 * in the app, once per update of the result, through the outbox in the action's transaction.
 */
@ApplicationScoped
public class ApprovalRequests {

    private static final String LEADERS = "select a.id from account a where a.unit_id = ?1 and a.enabled"
            + " and (',' || a.roles || ',') like '%,LEADER,%' order by a.id";

    private final Outbox outbox;

    public ApprovalRequests(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> ask(Pakn p, PaknHistory entry) {
        if (p.mainUnit == null || !p.mainUnit.requiresResultApproval || p.resultApproved || p.resultContent == null) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> params = Map.of("actor", entry.actorLabel, "code", p.code, "title", p.title);
        return Panache.getSession().chain(s -> s.createNativeQuery(LEADERS, Long.class)
                        .setParameter(1, p.mainUnit.id).getResultList())
                .chain(leaders -> outbox.enqueueAll(leaders.stream().map(leader -> new Notice(
                        "approval:" + entry.id + ":" + leader, "RESULT_TO_APPROVE", params, "/pakn/" + p.id, leader,
                        EnumSet.of(Channel.IN_APP))).toList()));
    }
}
