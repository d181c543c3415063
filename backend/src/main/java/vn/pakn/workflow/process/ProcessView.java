package vn.pakn.workflow.process;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Xem quy trình: every step of the item's process, the current one marked, and the moves between them. */
public record ProcessView(long processId, String name, long currentStepId, List<StepNode> steps, List<Move> moves) {

    public record StepNode(long id, String code, String name, String kind, @Schema(nullable = true) String role,
            @Schema(nullable = true) String assigneeLevel, int position, boolean current, @Schema(nullable = true) Long escalatesToId) {
    }

    /** An action that moves an item from one step to another. */
    public record Move(long fromStepId, long toStepId, String action, String role) {
    }
}
