package vn.pakn.statistics;

import java.time.LocalDate;

/** The summed counts of one group of a report (a unit, a channel or a week; {@code key} null: not routed). */
record Tally(Long key, String name, LocalDate week, long total, long awaitingReception, long waiting,
        long inProgress, long appointed, long completed, long disclosed, long satisfied, long neutral,
        long dissatisfied, long onTime, long late, long extended) {

    long rated() {
        return satisfied + neutral + dissatisfied;
    }

    long closedOrLate() {
        return onTime + late + extended;
    }
}
