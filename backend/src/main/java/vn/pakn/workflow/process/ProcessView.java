package vn.pakn.workflow.process;

import java.util.List;

/** Xem quy trình: every step of the item's process, the current one marked, and the moves between them. */
public record ProcessView(long processId, String name, long currentStepId, List<Step> steps, List<Move> moves) {

    public record Step(long id, String code, String name, String kind, String role, String assigneeLevel,
            int position, boolean current, Long escalatesToId) {
    }

    /** An action that moves an item from one step to another. */
    public record Move(long fromStepId, long toStepId, String action, String role) {
    }
}
