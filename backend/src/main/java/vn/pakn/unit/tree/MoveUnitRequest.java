package vn.pakn.unit.tree;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Put a unit under another one, or at the top ({@code parentId} null). */
public record MoveUnitRequest(@Schema(nullable = true) Long parentId, @NotNull Long version) {
}
