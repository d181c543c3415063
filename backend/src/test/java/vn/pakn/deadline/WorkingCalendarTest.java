package vn.pakn.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = Calendars.standard();

    @ParameterizedTest(name = "{0} + {1} working minutes = {2}")
    @CsvSource({
            // Friday afternoon: 8 working hours run over the weekend to Monday afternoon
            "2026-03-06T15:00, 480, 2026-03-09T15:30",
            // received at lunch: the clock starts at 13:30
            "2026-03-04T12:00, 60, 2026-03-04T14:30",
            // received in the evening: the clock starts next morning
            "2026-03-04T19:45, 30, 2026-03-05T08:00",
            // exactly filling the morning ends at 11:30, not at 13:30
            "2026-03-04T07:30, 240, 2026-03-04T11:30",
            // the day before Tết Bính Ngọ: the holiday week is skipped
            "2026-02-13T16:00, 120, 2026-02-23T08:30",
            // New Year 2026 (Thursday 1, swapped Friday 2) and the compensatory Saturday 10/01
            "2025-12-31T16:00, 90, 2026-01-05T08:00",
            "2026-01-09T16:30, 60, 2026-01-10T08:00",
            // across the year end
            "2026-12-31T16:00, 450, 2027-01-04T16:00",
    })
    void addsWorkingMinutes(LocalDateTime start, long minutes, LocalDateTime expected) {
        assertThat(calendar.plusWorkingMinutes(at(start), minutes)).isEqualTo(at(expected));
        assertThat(calendar.workingMinutesBetween(at(start), at(expected))).isEqualTo(minutes);
    }

    @Test
    void workingDaysAreOrdinaryDaysOfWorkingTime() {
        // 1 working day = 7 h 30; from Friday 15:00 it ends on Monday at 15:00
        assertThat(calendar.plusWorkingDays(at("2026-03-06T15:00"), 1)).isEqualTo(at("2026-03-09T15:00"));
        assertThat(calendar.plusWorkingHours(at("2026-03-06T15:00"), 8)).isEqualTo(at("2026-03-09T15:30"));
    }

    @Test
    void knowsWhatIsWorkingTime() {
        assertThat(calendar.isWorkingTime(at("2026-03-04T07:30"))).isTrue();
        assertThat(calendar.isWorkingTime(at("2026-03-04T12:00"))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-03-07T09:00"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingTime(at("2026-02-17T09:00"))).as("Tết").isFalse();
        assertThat(calendar.isWorkingTime(at("2026-01-10T09:00"))).as("compensatory Saturday").isTrue();
    }

    @Test
    void seasonalSchedulesApplyInTheirDateRange() {
        Map<DayOfWeek, List<WorkPeriod>> summer = Map.of(DayOfWeek.MONDAY,
                List.of(WorkPeriod.of("07:00", "11:00"), WorkPeriod.of("13:30", "17:00")));
        WorkingCalendar seasonal = new WorkingCalendar(Calendars.VIETNAM, List.of(
                WeeklySchedule.standard(LocalDate.parse("2020-01-01")),
                new WeeklySchedule(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-09-30"), summer)),
                Set.of(), Set.of());
        assertThat(seasonal.isWorkingTime(at("2026-06-01T07:10"))).isTrue();
        assertThat(seasonal.isWorkingTime(at("2026-10-05T07:10"))).isFalse();
    }

    @Test
    void aCalendarWithoutWorkingTimeIsAnErrorNotAnEndlessLoop() {
        WorkingCalendar empty = new WorkingCalendar(Calendars.VIETNAM, List.of(), Set.of(), Set.of());
        assertThatThrownBy(() -> empty.plusWorkingMinutes(at("2026-03-04T08:00"), 1))
                .isInstanceOf(IllegalStateException.class);
    }

    static Instant at(String local) {
        return at(LocalDateTime.parse(local));
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(Calendars.VIETNAM).toInstant();
    }
}
