package vn.pakn.workflow;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.error.ProblemException;
import vn.pakn.deadline.CoordinatorDeadlines;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.PaknDetail;
import vn.pakn.pakn.PaknUnits;
import vn.pakn.pakn.Progress;
import vn.pakn.unit.Account;
import vn.pakn.unit.Unit;
import vn.pakn.workflow.history.Changes;
import vn.pakn.workflow.history.HistoryField;

/**
 * What each action does to the record beyond its step and status (which the process data decides), and the
 * state each action needs. Runs inside the action's transaction.
 */
@ApplicationScoped
class ActionEffects {

    private final CurrentOfficer officer;
    private final PaknUnits units;
    private final Clock clock;
    private final CoordinatorDeadlines coordinators;

    ActionEffects(CurrentOfficer officer, PaknUnits units, Clock clock, CoordinatorDeadlines coordinators) {
        this.officer = officer;
        this.units = units;
        this.clock = clock;
        this.coordinators = coordinators;
    }

    /** Why the item's state refuses the action (a message key), or empty when it may be taken now. */
    Optional<String> refusal(WorkflowAction action, Pakn p) {
        String reason = switch (action) {
            case ROUTE -> p.returnReason != null ? "pakn.returned-use-reroute" : null;
            case REROUTE -> p.returnReason == null ? "pakn.not-returned" : null;
            case CLAIM -> p.handler != null ? "pakn.already-claimed" : null;
            case RELEASE -> p.handler == null || p.handler.id != officer.accountId() ? "pakn.not-your-claim" : null;
            case APPROVE_RESULT -> p.resultContent == null ? "pakn.no-result"
                    : p.resultApproved ? "pakn.result-already-approved" : null;
            case RETURN_RESULT -> p.resultContent == null ? "pakn.no-result"
                    : p.mainUnit != null && p.mainUnit.requiresResultApproval && !p.resultApproved
                            ? "pakn.result-not-approved" : null;
            case PUBLISH -> p.published ? "pakn.already-public" : null;
            case UNPUBLISH -> p.published ? null : "pakn.not-public";
            case APPOINT -> p.deadline == null ? "pakn.no-deadline"
                    : p.appointmentPending ? "pakn.appointment-pending" : null;
            case APPROVE_APPOINTMENT, REJECT_APPOINTMENT -> p.appointmentPending ? null : "pakn.no-pending-appointment";
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    Uni<Void> apply(WorkflowAction action, Pakn p, ActionRequest request, Changes changes) {
        return switch (action) {
            case RECEIVE -> {
                changes.record(HistoryField.PROCESS, p.process.name, p.process.name);
                yield done();
            }
            case ROUTE, REROUTE, COORDINATE -> assign(p, request, changes);
            case RETURN_TO_OPERATOR -> returnToOperator(p, request, changes);
            case CLAIM -> handledByMe(p, changes);
            case RELEASE -> {
                setHandler(p, null, changes);
                yield done();
            }
            case UPDATE_RESULT -> updateResult(p, request, changes);
            case APPROVE_RESULT -> Account.<Account>findById(officer.accountId()).invoke(me -> {
                p.resultApproved = changes.track(HistoryField.RESULT_APPROVED, p.resultApproved, true);
                p.resultApprovedBy = me;
                p.resultApprovedAt = clock.instant();
            }).replaceWithVoid();
            case COMMENT -> comment(p, request);
            case COMPLETE -> {
                // without a running deadline (answered at the operator's step, or returned there) it is as it was
                boolean late = p.deadline != null ? clock.instant().isAfter(p.deadline)
                        : p.progress == Progress.LATE || p.progress == Progress.OVERDUE;
                p.progress = late ? Progress.LATE : Progress.ON_TIME;
                yield done();
            }
            case PUBLISH, UNPUBLISH -> {
                p.published = changes.track(HistoryField.PUBLIC, p.published, action == WorkflowAction.PUBLISH);
                yield done();
            }
            // create, edit and the appointment actions bring their own effect (ActionService.act);
            // the sweep escalates, the portal rates, the attachments' service attaches and detaches files
            case RETURN_RESULT, CREATE, EDIT, APPOINT, APPROVE_APPOINTMENT, REJECT_APPOINTMENT, ESCALATE, RATE,
                    ATTACH, DETACH -> done();
        };
    }

    private Uni<Void> assign(Pakn p, ActionRequest request, Changes changes) {
        if (request.mainUnitId() == null) {
            throw ProblemException.invalidField("mainUnitId", "required");
        }
        List<Long> coordinators = request.coordinators().stream().filter(id -> !id.equals(request.mainUnitId()))
                .toList();
        List<Long> all = new ArrayList<>(coordinators);
        all.add(request.mainUnitId());
        return Unit.<Unit>list("id in ?1 and active order by name", all).chain(found -> {
            if (found.size() != all.size()) {
                throw ProblemException.invalidField("mainUnitId", "pakn.unit-unknown");
            }
            Unit main = found.stream().filter(u -> u.id.equals(request.mainUnitId())).findFirst().orElseThrow();
            String newCoordinators = String.join(", ", found.stream().filter(u -> u != main).map(u -> u.name).toList());
            return units.activeCoordinators(p.id).chain(old -> {
                p.mainUnit = changes.track(HistoryField.MAIN_UNIT, p.mainUnit, main, u -> u.name);
                changes.track(HistoryField.COORDINATING_UNITS,
                        emptyToNull(String.join(", ",
                                old.stream().map(PaknDetail.CoordinatingUnit::name).toList())),
                        emptyToNull(newCoordinators));
                setHandler(p, null, changes);
                p.returnReason = null;
                return units.assign(p.id, main.id, coordinators);
            });
        });
    }

    private Uni<Void> returnToOperator(Pakn p, ActionRequest request, Changes changes) {
        if (request.reason() == null) {
            throw ProblemException.invalidField("reason", "required");
        }
        p.returnReason = changes.track(HistoryField.RETURN_REASON, p.returnReason, request.reason(),
                ReturnReason::label);
        p.mainUnit = changes.track(HistoryField.MAIN_UNIT, p.mainUnit, null, u -> u.name);
        setHandler(p, null, changes);
        return units.deactivate(p.id);
    }

    private Uni<Void> updateResult(Pakn p, ActionRequest request, Changes changes) {
        if (request.resultUnitId() == null) {
            throw ProblemException.invalidField("resultUnitId", "required");
        }
        if (request.resultContent() == null || request.resultContent().isBlank()) {
            throw ProblemException.invalidField("resultContent", "required");
        }
        return Unit.<Unit>findById(request.resultUnitId()).invoke(unit -> {
            if (unit == null || !unit.active) {
                throw ProblemException.invalidField("resultUnitId", "pakn.unit-unknown");
            }
        })
                // who writes the answer handles the item (Thông tin người xử lý), whether they claimed it or not
                .call(() -> p.handler == null ? handledByMe(p, changes) : done())
                .invoke(unit -> setResult(p, unit, request, changes))
                .replaceWithVoid();
    }

    private static void setResult(Pakn p, Unit unit, ActionRequest request, Changes changes) {
        Long oldUnitId = p.resultUnit == null ? null : p.resultUnit.id;
        String oldContent = p.resultContent;
        p.resultUnit = changes.track(HistoryField.RESULT_UNIT, p.resultUnit, unit, u -> u.name);
        p.resultContent = changes.track(HistoryField.RESULT_CONTENT, p.resultContent, request.resultContent().strip());
        p.resultPublic = changes.track(HistoryField.RESULT_PUBLIC, p.resultPublic, request.resultPublic());
        boolean answerChanged = !unit.id.equals(oldUnitId) || !p.resultContent.equals(oldContent);
        if (answerChanged && p.resultApproved) {
            // an approval covers the answer the leader read, not a later one
            p.resultApproved = changes.track(HistoryField.RESULT_APPROVED, true, false);
            p.resultApprovedBy = null;
            p.resultApprovedAt = null;
        }
    }

    private Uni<Void> comment(Pakn p, ActionRequest request) {
        if (request.comment() == null || request.comment().isBlank()) {
            throw ProblemException.invalidField("comment", "required");
        }
        PaknComment comment = new PaknComment();
        comment.paknId = p.id;
        comment.authorId = officer.accountId();
        comment.authorName = officer.name();
        comment.unitId = officer.unitId();
        comment.content = request.comment().strip();
        comment.createdAt = clock.instant();
        // a coordinating unit's comment is its opinion (ý kiến phối hợp)
        return comment.persist().chain(() -> p.isMainUnit(officer.unitId()) ? done()
                : coordinators.answered(p.id, officer.unitId(), comment.createdAt));
    }

    private Uni<Void> handledByMe(Pakn p, Changes changes) {
        return Account.<Account>findById(officer.accountId()).invoke(me -> setHandler(p, me, changes))
                .replaceWithVoid();
    }

    private static void setHandler(Pakn p, Account handler, Changes changes) {
        p.handler = changes.track(HistoryField.HANDLER, p.handler, handler, a -> a.fullName);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }
}
