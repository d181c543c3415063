package vn.pakn.statistics;

import java.time.Instant;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;
import vn.pakn.pakn.Rating;

/** Builds a list row from the columns of {@link ListRepository#COLUMNS}, whichever client read them. */
final class ListRows {

    /** A row's value by column name; timestamps as Instant. */
    interface Source {
        Object get(String column);
    }

    private ListRows() {
    }

    static ListRow of(Source r, boolean seesHiddenReporters) {
        boolean disclosed = (Boolean) r.get("identity_disclosed");
        boolean showReporter = disclosed || seesHiddenReporters;
        PaknStatus status = PaknStatus.valueOf((String) r.get("status"));
        String progress = (String) r.get("progress");
        String rating = (String) r.get("rating");
        return new ListRow(((Number) r.get("id")).longValue(), (String) r.get("code"),
                showReporter ? (String) r.get("reporter_name") : null,
                showReporter ? (String) r.get("reporter_phone") : null, (String) r.get("reported_unit_name"),
                (String) r.get("title"), (String) r.get("location_text"), (Instant) r.get("reported_at"),
                (String) r.get("category_name"), (String) r.get("channel_name"), disclosed, status.name(),
                status.label(), (String) r.get("main_unit_name"), (Instant) r.get("deadline"), progress,
                progress == null ? null : Progress.valueOf(progress).label(), (Instant) r.get("completed_at"),
                rating, rating == null ? null : Rating.valueOf(rating).label());
    }
}
