package vn.pakn.deadline.appointment;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader's decision on a pending appointment; {@code reason} is required to reject. */
public record AppointmentDecision(@Schema(nullable = true) @Size(max = 4000) String reason) {

    String stripped() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
