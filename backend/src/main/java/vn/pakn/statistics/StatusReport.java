package vn.pakn.statistics;

import java.time.LocalDate;
import java.util.List;

/** Trạng thái: items by status, by channel × status, and by week of reporting. */
public record StatusReport(long total, List<StatusShare> byStatus, List<ChannelStatuses> byChannel,
        List<WeekCount> byWeek) {

    public record StatusShare(String status, String label, long count, double percent) {
    }

    public record ChannelStatuses(long channelId, String channelName, long total, List<StatusCount> counts) {
    }

    public record StatusCount(String status, String label, long count) {
    }

    /** The week starting on Monday {@code weekStart}; only the days inside the period count. */
    public record WeekCount(LocalDate weekStart, long count) {
    }
}
