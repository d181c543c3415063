package vn.pakn.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The default calendar with the public holidays and the compensatory day that the tests rely on. */
final class Calendars {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"), // the 2nd swapped for Saturday 10/01
            LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"), LocalDate.parse("2026-02-18"),
            LocalDate.parse("2026-02-19"), LocalDate.parse("2026-02-20"), // Tết Bính Ngọ
            LocalDate.parse("2026-04-27"), LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"),
            LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-02"),
            LocalDate.parse("2027-01-01"));

    static final Set<LocalDate> COMPENSATORY = Set.of(LocalDate.parse("2026-01-10"));

    private Calendars() {
    }

    static WorkingCalendar standard() {
        return new WorkingCalendar(VIETNAM, List.of(WeeklySchedule.standard(LocalDate.parse("2020-01-01"))),
                HOLIDAYS, COMPENSATORY);
    }
}
