package vn.pakn.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Trạng thái: items by status, by channel × status, by main unit × status, and by week of reporting. */
public record StatusReport(long total, List<StatusShare> byStatus, List<ChannelStatuses> byChannel,
        List<UnitStatuses> byUnit, List<WeekCount> byWeek) {

    public record StatusShare(String status, String label, long count, double percent) {
    }

    public record ChannelStatuses(long channelId, String channelName, long total, List<StatusCount> counts) {
    }

    /** A main unit's items by status; no unit id for the items not routed yet ("Chưa giao đơn vị"). */
    public record UnitStatuses(@Schema(nullable = true) Long unitId, String unitName, long total,
            List<StatusCount> counts) {
    }

    public record StatusCount(String status, String label, long count) {
    }

    /** The week starting on Monday {@code weekStart}; only the days inside the period count. */
    public record WeekCount(LocalDate weekStart, long count) {
    }
}
