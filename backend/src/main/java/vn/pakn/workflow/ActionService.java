package vn.pakn.workflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.hibernate.StaleStateException;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.Problem;
import vn.pakn.common.error.ProblemException;
import vn.pakn.deadline.CoordinatorDeadlines;
import vn.pakn.deadline.StepDeadlines;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.PaknAccess;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.PaknUnits;
import vn.pakn.unit.Role;
import vn.pakn.workflow.history.Changes;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;
import vn.pakn.workflow.process.ProcessRepository;
import vn.pakn.workflow.process.ProcessStep;
import vn.pakn.workflow.process.ProcessTransition;

/**
 * Takes an action on a PAKN: the process data says whether this officer may take it at this step and where it
 * leads; the item's state, the version the officer saw, and the unit are checked; the change and its history
 * commit together. Two officers acting on the same version: one wins, the other gets 409 stale-version.
 */
@ApplicationScoped
public class ActionService {

    /**
     * The actions that (re)assign coordinating units: when they start a step, each coordinator owes a new opinion by
     * a new sub-deadline; coordinating again at the same step asks only the units that join.
     */
    private static final Set<WorkflowAction> ASSIGNING = EnumSet.of(WorkflowAction.ROUTE, WorkflowAction.REROUTE,
            WorkflowAction.COORDINATE);

    private final PaknAccess access;
    private final PaknUnits units;
    private final ProcessRepository processes;
    private final ActionEffects effects;
    private final CurrentOfficer officer;
    private final Clock clock;
    private final PaknConfig config;
    private final NextOfficers nextOfficers;
    private final ApprovalRequests approvals;
    private final StepDeadlines deadlines;
    private final CoordinatorDeadlines coordinators;

    ActionService(PaknAccess access, PaknUnits units, ProcessRepository processes, ActionEffects effects,
            CurrentOfficer officer, Clock clock, PaknConfig config, NextOfficers nextOfficers,
            ApprovalRequests approvals, StepDeadlines deadlines, CoordinatorDeadlines coordinators) {
        this.access = access;
        this.units = units;
        this.processes = processes;
        this.effects = effects;
        this.officer = officer;
        this.clock = clock;
        this.config = config;
        this.nextOfficers = nextOfficers;
        this.approvals = approvals;
        this.deadlines = deadlines;
        this.coordinators = coordinators;
    }

    /** The result of an action: the new version (the next If-Match) and where the item now stands. */
    public record Outcome(long id, long version, String status, long stepId, String stepName) {
    }

    /** An action described by code; for actions that change fields the workflow does not know (Chỉnh sửa). */
    public interface Effect extends BiFunction<Pakn, Changes, Uni<Void>> {
    }

    /** Where a new PAKN starts: the initial step of the default process. Call inside a session. */
    public Uni<ProcessStep> initialStep() {
        return processes.initialStepOfDefault();
    }

    public Uni<Outcome> perform(long id, WorkflowAction action, long version, ActionRequest request) {
        return act(id, action, version, request, (p, changes) -> effects.apply(action, p, request, changes));
    }

    public Uni<Outcome> act(long id, WorkflowAction action, long version, ActionRequest request, Effect effect) {
        return Panache.withTransaction(() -> access.visible(id)
                .chain(p -> transition(p, action, version, request)
                        .chain(t -> apply(p, action, t, request, effect))))
                .onFailure(ActionService::isLostUpdate)
                .transform(e -> ProblemException.conflict("stale-version"));
    }

    /** The actions this officer may take on the item now (the SPA shows only these buttons). */
    @WithSession
    public Uni<List<AllowedAction>> allowed(long id) {
        return access.visible(id).chain(p -> processes.transitionsAt(p.currentStep.id, roleNames())
                .chain(candidates -> relation(p).map(relation -> {
                    Map<String, AllowedAction> allowed = new LinkedHashMap<>();
                    candidates.stream()
                            .sorted(Comparator.comparing((ProcessTransition t) -> t.condition != null).thenComparing(t -> t.id))
                            .filter(t -> inScope(t, p, relation))
                            .forEach(t -> WorkflowAction.of(t.action)
                                    .filter(a -> effects.refusal(a, p).isEmpty())
                                    .ifPresent(a -> allowed.putIfAbsent(a.code(), new AllowedAction(a.code(),
                                            a.label(), t.toStep == null ? null : t.toStep.name))));
                    return List.copyOf(allowed.values());
                })));
    }

    /** An action the caller may take, with the step it leads to (null: the item stays at its step). */
    public record AllowedAction(String action, String label, String toStepName) {
    }

    private Uni<ProcessTransition> transition(Pakn p, WorkflowAction action, long version, ActionRequest request) {
        return processes.transitions(p.process.id, action.code(), roleNames()).chain(forMyRoles -> {
            if (forMyRoles.isEmpty()) {
                throw new ProblemException(Status.FORBIDDEN, "forbidden");
            }
            if (p.version != version) {
                throw ProblemException.conflict("stale-version");
            }
            List<ProcessTransition> here = forMyRoles.stream()
                    .filter(t -> t.fromStepId.equals(p.currentStep.id)).toList();
            if (here.isEmpty()) {
                throw notAllowed(action, p, null);
            }
            return relation(p).map(relation -> {
                List<ProcessTransition> mine = here.stream().filter(t -> inScope(t, p, relation)).toList();
                if (mine.isEmpty()) {
                    throw new ProblemException(Status.FORBIDDEN, "pakn-not-your-unit");
                }
                effects.refusal(action, p).ifPresent(reason -> {
                    throw notAllowed(action, p, reason);
                });
                String condition = request.coordinators().isEmpty() ? null : ProcessTransition.COORDINATED;
                return mine.stream().filter(t -> Objects.equals(t.condition, condition)).findFirst()
                        .or(() -> mine.stream().filter(t -> t.condition == null).findFirst())
                        .orElseThrow(() -> notAllowed(action, p, null));
            });
        });
    }

    private Uni<Outcome> apply(Pakn p, WorkflowAction action, ProcessTransition t, ActionRequest request,
            Effect effect) {
        PaknHistory entry = PaknHistory.of(p.id, officer.accountId(), officer.name(), action, clock.instant());
        entry.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        entry.reason = request.reason() == null ? null : request.reason().name();
        entry.notifyNext = request.notifyNext();
        Changes changes = new Changes(entry, config.zone());
        Uni<Instant> deadline = t.toStep == null ? Uni.createFrom().nullItem()
                : deadlines.deadlineOf(t.toStep, p.category.id, entry.occurredAt);
        // coordinating again at Xử lý phối hợp stays at the step: its clock must not start over
        boolean movesStep = t.toStep != null && !t.toStep.id.equals(p.currentStep.id);
        return deadline.chain(newDeadline -> effect.apply(p, changes).chain(() -> {
            if (movesStep) {
                p.currentStep = changes.track(HistoryField.STEP, p.currentStep, t.toStep, s -> s.name);
                deadlines.stepStarted(p, newDeadline, entry.occurredAt, changes);
            }
            // an action that stays at the step (claim, release) leaves an appointed item Hẹn xử lý: its deadline holds
            if (t.resultStatus != null && (movesStep || p.status != PaknStatus.APPOINTED)) {
                p.status = changes.track(HistoryField.STATUS, p.status, t.resultStatus, s -> s.label());
            }
            // every action moves the version, so that two officers acting on what they both saw cannot both win
            p.updatedAt = entry.occurredAt;
            return entry.persist();
        }))
                .call(() -> t.toStep == null ? Uni.createFrom().voidItem()
                : coordinators.mainDeadlineSet(p.id, entry.occurredAt, p.deadline,
                        movesStep && ASSIGNING.contains(action)))
                .call(() -> Panache.getSession().chain(s -> s.flush()))
                .call(() -> t.toStep == null ? Uni.createFrom().voidItem() : nextOfficers.tell(p, entry))
                .call(() -> action == WorkflowAction.UPDATE_RESULT ? approvals.ask(p, entry)
                        : Uni.createFrom().voidItem())
                .map(ignored -> new Outcome(p.id, p.version, p.status.name(), p.currentStep.id, p.currentStep.name));
    }

    private Uni<Optional<PaknUnits.Relation>> relation(Pakn p) {
        return units.relation(p.id, officer.unitId());
    }

    private boolean inScope(ProcessTransition t, Pakn p, Optional<PaknUnits.Relation> relation) {
        return switch (t.unitScope) {
            case ANY -> true;
            case MAIN -> p.isMainUnit(officer.unitId());
            case PARTICIPANT -> p.isMainUnit(officer.unitId()) || relation.map(PaknUnits.Relation::active).orElse(false);
        };
    }

    private List<String> roleNames() {
        return officer.roles().stream().map(Role::name).toList();
    }

    private static ProblemException notAllowed(WorkflowAction action, Pakn p, String reason) {
        List<Problem.FieldError> errors = reason == null ? List.of()
                : List.of(new Problem.FieldError("state", "field." + reason));
        return new ProblemException(Status.CONFLICT, "action-not-allowed", errors, action.label(),
                p.currentStep.name, p.status.label());
    }

    private static boolean isLostUpdate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
