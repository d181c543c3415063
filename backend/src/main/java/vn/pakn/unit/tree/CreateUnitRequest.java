package vn.pakn.unit.tree;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.pakn.unit.UnitKind;

/** A new unit; {@code code} is stored in upper case and must be unique. */
public record CreateUnitRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String code,
        @NotBlank @Size(max = 255) String name,
        @NotNull UnitKind kind,
        @Schema(nullable = true) Long parentId,
        Boolean requiresResultApproval,
        Boolean requiresAppointmentApproval) {
}
