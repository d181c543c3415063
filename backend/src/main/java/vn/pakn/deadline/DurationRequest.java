package vn.pakn.deadline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A processing time as an administrator writes it: 2 DAYS, 8 HOURS, 90 MINUTES (working time). */
public record DurationRequest(@NotNull @Positive Long amount, @NotNull CalendarService.TimeUnit unit) {
}
