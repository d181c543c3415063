package vn.pakn.deadline.appointment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.pakn.deadline.CalendarService.TimeUnit;

/** One appointment of an item, for its detail page (what the leader approves or rejects). */
public record AppointmentView(long id, AppointmentState state, String stateLabel, int amount, TimeUnit unit,
        int reminderAmount, TimeUnit reminderUnit, String reason, String reminderText, Instant oldDeadline,
        Instant newDeadline, String requestedBy, Instant createdAt, @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String decisionReason) {

    static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id, a.state, a.state.label(), a.amount, a.timeUnit, a.reminderAmount,
                a.reminderUnit, a.reason, a.reminderText, a.oldDeadline, a.newDeadline, a.requestedByName,
                a.createdAt, a.decidedAt, a.decisionReason);
    }
}
