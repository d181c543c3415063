package vn.pakn.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Laws of working-time arithmetic, over instants from 2025 to the end of 2027 (Tết and year ends included). */
class WorkingCalendarProperties {

    private final WorkingCalendar calendar = Calendars.standard();

    @Property
    void addingInTwoStepsEqualsAddingTheSum(@ForAll("instants") Instant t,
            @ForAll @LongRange(max = 20_000) long a, @ForAll @LongRange(max = 20_000) long b) {
        assertThat(calendar.plusWorkingMinutes(calendar.plusWorkingMinutes(t, a), b))
                .isEqualTo(calendar.plusWorkingMinutes(t, a + b));
    }

    @Property
    void theResultIsWorkingTime(@ForAll("instants") Instant t, @ForAll @LongRange(min = 1, max = 50_000) long n) {
        assertThat(calendar.isWorkingTime(calendar.plusWorkingMinutes(t, n))).isTrue();
    }

    @Property
    void betweenUndoesAdd(@ForAll("instants") Instant t, @ForAll @LongRange(max = 50_000) long n) {
        assertThat(calendar.workingMinutesBetween(t, calendar.plusWorkingMinutes(t, n))).isEqualTo(n);
    }

    @Property
    void moreWorkingTimeNeverEndsEarlier(@ForAll("instants") Instant t, @ForAll @LongRange(max = 20_000) long a,
            @ForAll @LongRange(max = 20_000) long b) {
        Instant first = calendar.plusWorkingMinutes(t, Math.min(a, b));
        Instant second = calendar.plusWorkingMinutes(t, Math.max(a, b));
        assertThat(first).isBeforeOrEqualTo(second);
    }

    @Property
    void laterStartsNeverEndEarlier(@ForAll("instants") Instant t, @ForAll @LongRange(max = 100_000) long shiftSeconds,
            @ForAll @LongRange(max = 20_000) long n) {
        Instant later = t.plusSeconds(shiftSeconds);
        assertThat(calendar.plusWorkingMinutes(t, n)).isBeforeOrEqualTo(calendar.plusWorkingMinutes(later, n));
    }

    @Property
    void holidaysAndWeekendsHoldNoWorkingTime(@ForAll("instants") Instant t) {
        var date = t.atZone(Calendars.VIETNAM).toLocalDate();
        boolean weekend = date.getDayOfWeek().getValue() >= 6 && !Calendars.COMPENSATORY.contains(date);
        if (Calendars.HOLIDAYS.contains(date) || weekend) {
            assertThat(calendar.isWorkingTime(t)).isFalse();
            assertThat(calendar.periodsOn(date)).isEmpty();
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }
}
