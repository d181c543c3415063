package vn.pakn.unit.tree;

import jakarta.validation.constraints.NotNull;

/** Put a unit under another one, or at the top ({@code parentId} null). */
public record MoveUnitRequest(Long parentId, @NotNull Long version) {
}
