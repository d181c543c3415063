package vn.pakn.workflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.pakn.pakn.PaknAccess;
import vn.pakn.workflow.process.ProcessRepository;
import vn.pakn.workflow.process.ProcessView;

/** Comments and the process diagram of a PAKN the officer may see. */
@ApplicationScoped
public class WorkflowReads {

    private final PaknAccess access;
    private final ProcessRepository processes;

    WorkflowReads(PaknAccess access, ProcessRepository processes) {
        this.access = access;
        this.processes = processes;
    }

    @WithSession
    public Uni<List<CommentView>> comments(long paknId) {
        return access.requireVisible(paknId).chain(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                "select new vn.pakn.workflow.CommentView(c.id, c.authorId, c.authorName, c.unitId, u.name, c.content,"
                        + " c.createdAt) from PaknComment c, Unit u where u.id = c.unitId and c.paknId = ?1"
                        + " order by c.createdAt, c.id", CommentView.class).setParameter(1, paknId).getResultList()));
    }

    @WithSession
    public Uni<ProcessView> process(long paknId) {
        return access.visible(paknId).chain(p -> processes.steps(p.process.id)
                .chain(steps -> processes.transitions(p.process.id).map(transitions -> new ProcessView(
                        p.process.id, p.process.name, p.currentStep.id,
                        steps.stream().map(s -> new ProcessView.StepNode(s.id, s.code, s.name, s.kind, s.role,
                                s.assigneeLevel, s.position, s.id.equals(p.currentStep.id), s.escalatesToId)).toList(),
                        transitions.stream().filter(t -> t.toStep != null && !t.toStep.id.equals(t.fromStepId))
                                .map(t -> new ProcessView.Move(t.fromStepId, t.toStep.id, t.action, t.role))
                                .distinct().toList()))));
    }
}
