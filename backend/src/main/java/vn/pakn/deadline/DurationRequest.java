package vn.pakn.deadline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A processing time as an administrator writes it: 2 DAYS, 8 HOURS, 90 MINUTES (working time). */
public record DurationRequest(@NotNull @Positive @Max(CalendarResource.MAX_AMOUNT) Long amount,
        @NotNull CalendarService.TimeUnit unit) {
}
