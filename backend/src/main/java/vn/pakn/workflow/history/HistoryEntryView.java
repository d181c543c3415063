package vn.pakn.workflow.history;

import java.time.Instant;
import java.util.List;

/** One entry of Lịch sử: "{actorLabel} đã thay đổi - {occurredAt}" and its rows (Trường, Giá trị cũ, Giá trị mới). */
public record HistoryEntryView(long id, Long actorId, String actorLabel, String action, String actionLabel,
        Instant occurredAt, String comment, String reason, String reasonLabel, boolean notifyNext,
        List<Change> changes) {

    public record Change(String field, String label, String oldValue, String newValue) {
    }
}
