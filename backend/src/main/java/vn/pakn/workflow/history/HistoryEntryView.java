package vn.pakn.workflow.history;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of Lịch sử: "{actorLabel} đã thay đổi - {occurredAt}" and its rows (Trường, Giá trị cũ, Giá trị mới). */
public record HistoryEntryView(long id, @Schema(nullable = true) Long actorId, String actorLabel, String action, String actionLabel,
        Instant occurredAt, @Schema(nullable = true) String comment, @Schema(nullable = true) String reason, @Schema(nullable = true) String reasonLabel, boolean notifyNext,
        List<Change> changes) {

    public record Change(String field, String label, @Schema(nullable = true) String oldValue, @Schema(nullable = true) String newValue) {
    }
}
