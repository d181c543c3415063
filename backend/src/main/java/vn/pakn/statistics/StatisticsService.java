package vn.pakn.statistics;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.statistics.RollupRepository.By;

/** The four counting reports, from the rollup. */
@ApplicationScoped
public class StatisticsService {

    static final String NOT_ROUTED = "Chưa giao đơn vị";
    static final String ALL_UNITS = "Tổng cộng";
    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"))::compare;
    private static final List<ToLongFunction<Tally>> BY_STATUS = List.of(Tally::awaitingReception, Tally::waiting,
            Tally::inProgress, Tally::appointed, Tally::completed);

    private final RollupRepository rollup;

    StatisticsService(RollupRepository rollup) {
        this.rollup = rollup;
    }

    public Uni<StatusReport> status(ReportFilter filter) {
        // the totals are the sum of the units' rows (every item has one main unit or none): no query of its own
        return rollup.sum(filter, List.of(By.UNIT, By.CHANNEL, By.WEEK)).map(parts -> {
            Tally all = sum(parts.get(By.UNIT));
            long[] counts = BY_STATUS.stream().mapToLong(f -> f.applyAsLong(all)).toArray();
            double[] percents = Shares.of(all.total(), counts);
            PaknStatus[] statuses = PaknStatus.values();
            List<StatusReport.StatusShare> byStatus = IntStream.range(0, statuses.length)
                    .mapToObj(i -> new StatusReport.StatusShare(statuses[i].name(), statuses[i].label(),
                            counts[i], percents[i])).toList();
            List<StatusReport.ChannelStatuses> byChannel = parts.get(By.CHANNEL).stream()
                    .filter(t -> t.total() > 0)
                    .map(t -> new StatusReport.ChannelStatuses(t.key(), t.name(), t.total(), statusCounts(t)))
                    .toList();
            List<StatusReport.UnitStatuses> byUnit = parts.get(By.UNIT).stream()
                    .filter(t -> t.total() > 0)
                    .map(t -> new StatusReport.UnitStatuses(t.key(), name(t.key(), t), t.total(),
                            statusCounts(t)))
                    .sorted(Comparator.comparing(StatusReport.UnitStatuses::unitName, VIETNAMESE)).toList();
            List<StatusReport.WeekCount> byWeek = parts.get(By.WEEK).stream()
                    .map(t -> new StatusReport.WeekCount(t.week(), t.total())).toList();
            return new StatusReport(all.total(), byStatus, byChannel, byUnit, byWeek);
        });
    }

    private static List<StatusReport.StatusCount> statusCounts(Tally t) {
        PaknStatus[] statuses = PaknStatus.values();
        return IntStream.range(0, statuses.length).mapToObj(i -> new StatusReport.StatusCount(statuses[i].name(),
                statuses[i].label(), BY_STATUS.get(i).applyAsLong(t))).toList();
    }

    public Uni<IdentityReport> identity(ReportFilter filter) {
        return perUnit(filter, (key, t) -> {
            long anonymous = t.total() - t.disclosed();
            double[] p = Shares.of(t.total(), t.disclosed(), anonymous);
            return new IdentityRow(key, name(key, t), t.total(), t.disclosed(), anonymous, p[0], p[1]);
        }, IdentityRow::unitName).map(rows -> new IdentityReport(rows.totals(), rows.rows()));
    }

    public Uni<RatingReport> rating(ReportFilter filter) {
        return perUnit(filter, (key, t) -> {
            double[] p = Shares.of(t.rated(), t.satisfied(), t.neutral(), t.dissatisfied());
            return new RatingRow(key, name(key, t), t.rated(), t.satisfied(), t.neutral(), t.dissatisfied(), p[0],
                    p[1], p[2]);
        }, RatingRow::unitName).map(rows -> new RatingReport(rows.totals(), rows.rows()));
    }

    public Uni<ProgressReport> progress(ReportFilter filter) {
        return perUnit(filter, (key, t) -> {
            double[] p = Shares.of(t.closedOrLate(), t.onTime(), t.late(), t.extended());
            return new ProgressRow(key, name(key, t), t.closedOrLate(), t.onTime(), t.late(), t.extended(), p[0],
                    p[1], p[2]);
        }, ProgressRow::unitName).map(rows -> new ProgressReport(rows.totals(), rows.rows()));
    }

    /** The number of items the filters select, from the rollup (the list report's exact total). */
    Uni<Long> count(ReportFilter filter, PaknStatus status) {
        return rollup.sum(filter, By.TOTAL).map(tallies -> {
            Tally all = sum(tallies);
            return status == null ? all.total() : BY_STATUS.get(status.ordinal()).applyAsLong(all);
        });
    }

    private record Rows<R>(R totals, List<R> rows) {
    }

    /** One row per unit that has items in the period, sorted by name, and the totals (the key is null there). */
    private <R> Uni<Rows<R>> perUnit(ReportFilter filter, BiFunction<Long, Tally, R> row, Function<R, String> name) {
        return rollup.sum(filter, By.UNIT).map(tallies -> {
            Tally all = sum(tallies);
            List<R> rows = tallies.stream().filter(t -> t.total() > 0).map(t -> row.apply(t.key(), t))
                    .sorted(Comparator.comparing(name, VIETNAMESE)).toList();
            return new Rows<>(row.apply(null, all), rows);
        });
    }

    private static String name(Long key, Tally t) {
        if (t.name() != null) {
            return t.name();
        }
        return key == null ? NOT_ROUTED : "#" + key;
    }

    private static Tally sum(List<Tally> tallies) {
        long[] s = new long[13];
        for (Tally t : tallies) {
            long[] v = {t.total(), t.awaitingReception(), t.waiting(), t.inProgress(), t.appointed(), t.completed(),
                t.disclosed(), t.satisfied(), t.neutral(), t.dissatisfied(), t.onTime(), t.late(), t.extended()};
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i];
            }
        }
        return new Tally(null, ALL_UNITS, null, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10],
                s[11], s[12]);
    }
}
