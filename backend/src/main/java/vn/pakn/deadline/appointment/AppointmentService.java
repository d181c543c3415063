package vn.pakn.deadline.appointment;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.deadline.CalendarService;
import vn.pakn.deadline.CalendarService.TimeUnit;
import vn.pakn.deadline.CoordinatorDeadlines;
import vn.pakn.deadline.StepDeadlines;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.PaknAccess;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.unit.Role;
import vn.pakn.workflow.ActionRequest;
import vn.pakn.workflow.ActionService;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.Changes;
import vn.pakn.workflow.history.HistoryField;

/**
 * Hẹn xử lý (manual 1.1.5) as workflow actions: the process data says who may appoint, approve and reject where;
 * this class says what they do.
 *
 * <p>The rule "only for items that need more than 8 working hours": the new deadline must lie more than 8 working
 * hours after the current step's clock started. The deadline moves from the current deadline, or from now when that
 * has already passed, so that an appointment always leaves the stated time to work.
 *
 * <p>Where the unit requires it (unit.requires_appointment_approval), a specialist's appointment waits for the
 * unit's leader and changes nothing until approved; a leader's own takes effect at once.
 */
@ApplicationScoped
public class AppointmentService {

    static final long MIN_WORKING_MINUTES = 8 * 60;
    static final String DEFAULT_REMINDER_TEXT = "Bạn có phản ánh kiến nghị sắp đến hạn cần xử lý.";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ActionService actions;
    private final CalendarService calendars;
    private final StepDeadlines deadlines;
    private final CoordinatorDeadlines coordinators;
    private final PaknAccess access;
    private final AppointmentRepository repository;
    private final CurrentOfficer officer;
    private final Clock clock;
    private final PaknConfig config;

    AppointmentService(ActionService actions, CalendarService calendars, StepDeadlines deadlines,
            CoordinatorDeadlines coordinators, PaknAccess access, AppointmentRepository repository,
            CurrentOfficer officer, Clock clock, PaknConfig config) {
        this.actions = actions;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.coordinators = coordinators;
        this.access = access;
        this.repository = repository;
        this.officer = officer;
        this.clock = clock;
        this.config = config;
    }

    public Uni<ActionService.Outcome> appoint(long paknId, long version, AppointmentRequest request) {
        String reason = request.reason().strip();
        return actions.act(paknId, WorkflowAction.APPOINT, version,
                ActionRequest.commented(reason, request.notifyNext()), (p, changes) -> {
                    Instant now = clock.instant();
                    return newDeadline(p, request.amount(), request.unit(), now).chain(newDeadline -> {
                        Appointment a = new Appointment();
                        a.paknId = p.id;
                        a.unitId = officer.unitId();
                        a.requestedBy = officer.accountId();
                        a.requestedByName = officer.name();
                        a.amount = request.amount();
                        a.timeUnit = request.unit();
                        a.reminderAmount = request.reminderAmount();
                        a.reminderUnit = request.reminderUnit();
                        a.reason = reason;
                        a.reminderText = request.reminderText() == null || request.reminderText().isBlank()
                                ? DEFAULT_REMINDER_TEXT : request.reminderText().strip();
                        a.oldDeadline = p.deadline;
                        a.newDeadline = newDeadline;
                        a.createdAt = now;
                        if (p.mainUnit.requiresAppointmentApproval && !officer.has(Role.LEADER)) {
                            a.state = AppointmentState.PENDING;
                            return a.persist().replaceWithVoid();
                        }
                        a.decide(AppointmentState.APPROVED, null, now, null);
                        return applyTo(p, a, changes, now).chain(() -> a.persist()).replaceWithVoid();
                    });
                });
    }

    /** The leader approves: the deadline moves by the asked amount from now on (the item may have waited). */
    public Uni<ActionService.Outcome> approve(long paknId, long version, AppointmentDecision decision) {
        return actions.act(paknId, WorkflowAction.APPROVE_APPOINTMENT, version,
                ActionRequest.commented(decision.stripped(), false), (p, changes) -> pending(p.id).chain(a -> {
                    Instant now = clock.instant();
                    return newDeadline(p, a.amount, a.timeUnit, now).chain(newDeadline -> {
                        a.oldDeadline = p.deadline;
                        a.newDeadline = newDeadline;
                        a.decide(AppointmentState.APPROVED, officer.accountId(), now, decision.stripped());
                        return applyTo(p, a, changes, now);
                    });
                }));
    }

    public Uni<ActionService.Outcome> reject(long paknId, long version, AppointmentDecision decision) {
        if (decision.stripped() == null) {
            throw ProblemException.invalidField("reason", "required");
        }
        return actions.act(paknId, WorkflowAction.REJECT_APPOINTMENT, version,
                ActionRequest.commented(decision.stripped(), false), (p, changes) -> pending(p.id)
                        .invoke(a -> a.decide(AppointmentState.REJECTED, officer.accountId(), clock.instant(),
                                decision.stripped()))
                        .replaceWithVoid());
    }

    /** The appointments of an item the caller may see, newest first. */
    @WithSession
    public Uni<List<AppointmentView>> ofItem(long paknId) {
        return access.requireVisible(paknId).chain(() -> repository.ofItem(paknId))
                .map(list -> list.stream().map(AppointmentView::of).toList());
    }

    /** "Phiếu hẹn xử lý": the caller's unit's slips; operators and the provincial office see every unit's. */
    Uni<PageResponse<AppointmentRow>> list(AppointmentQueryParams.Query query) {
        return repository.page(officer.seesAllUnits() ? null : officer.unitId(), query);
    }

    private Uni<Appointment> pending(long paknId) {
        return repository.pending(paknId).onItem().ifNull()
                .failWith(() -> ProblemException.conflict("appointment-no-pending"));
    }

    private Uni<Instant> newDeadline(Pakn p, int amount, TimeUnit unit, Instant now) {
        Instant from = p.deadline != null && p.deadline.isAfter(now) ? p.deadline : now;
        Instant started = p.deadlineStartedAt == null ? now : p.deadlineStartedAt;
        return calendars.deadline(from, amount, unit).chain(newDeadline -> calendars.calendar().map(calendar -> {
            long minutes = calendar.workingMinutesBetween(started, newDeadline);
            if (minutes <= MIN_WORKING_MINUTES) {
                throw new ProblemException(Status.CONFLICT, "appointment-too-short",
                        DATE_TIME.format(newDeadline.atZone(config.zone())), minutes);
            }
            return newDeadline;
        }));
    }

    /** The appointment takes effect: Hẹn xử lý, the new deadline, a fresh Chưa đến hạn, new sweep moments. */
    private Uni<Void> applyTo(Pakn p, Appointment a, Changes changes, Instant now) {
        // before the item changes: the update would flush it early
        return coordinators.mainDeadlineSet(p.id, now, a.newDeadline, false).invoke(() -> {
            p.status = changes.track(HistoryField.STATUS, p.status, PaknStatus.APPOINTED, PaknStatus::label);
            deadlines.deadlineExtended(p, a.newDeadline, now, a.reminderLead(), changes);
        });
    }
}
