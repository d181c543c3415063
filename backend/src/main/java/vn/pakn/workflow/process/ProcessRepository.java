package vn.pakn.workflow.process;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Reads process definitions. */
@ApplicationScoped
@WithSession
public class ProcessRepository {

    public Uni<ProcessStep> initialStepOfDefault() {
        return ProcessStep.find("select s from ProcessStep s, Process p where s.processId = p.id and p.isDefault"
                + " and s.initial").firstResult();
    }

    public Uni<List<ProcessStep>> steps(long processId) {
        return ProcessStep.list("processId = ?1 order by position", processId);
    }

    public Uni<List<ProcessTransition>> transitions(long processId) {
        return ProcessTransition.list("select t from ProcessTransition t left join fetch t.toStep"
                + " where t.processId = ?1 order by t.id", processId);
    }

    /** Transitions of {@code action} anywhere in the process for any of {@code roles}, with their target steps. */
    public Uni<List<ProcessTransition>> transitions(long processId, String action, Collection<String> roles) {
        return ProcessTransition.list("select t from ProcessTransition t left join fetch t.toStep"
                + " where t.processId = ?1 and t.action = ?2 and t.role in ?3", processId, action, roles);
    }

    /** Transitions at one step for any of {@code roles}. */
    public Uni<List<ProcessTransition>> transitionsAt(long stepId, Collection<String> roles) {
        return ProcessTransition.list("select t from ProcessTransition t left join fetch t.toStep"
                + " where t.fromStepId = ?1 and t.role in ?2", stepId, roles);
    }
}
