package vn.pakn.unit.tree;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pakn.unit.UnitKind;

/** Rename (and re-kind) a unit; {@code version} is the one the client read. */
public record UpdateUnitRequest(
        @NotBlank @Size(max = 255) String name,
        @NotNull UnitKind kind,
        boolean requiresResultApproval,
        @NotNull Long version) {
}
