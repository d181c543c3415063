package vn.pakn.unit.tree;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.pakn.unit.UnitKind;

/**
 * Rename (and re-kind) a unit; {@code version} is the one the client read. {@code requiresAppointmentApproval}
 * came later: clients that do not send it leave it as it is.
 */
public record UpdateUnitRequest(
        @NotBlank @Size(max = 255) String name,
        @NotNull UnitKind kind,
        boolean requiresResultApproval,
        @NotNull Long version,
        @Schema(description = "null: unchanged") Boolean requiresAppointmentApproval) {
}
