package vn.pakn.deadline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A weekly schedule as an administrator writes it; {@code version} only when updating. */
public record ScheduleRequest(@NotBlank @Size(max = 120) String name, @NotNull LocalDate validFrom, LocalDate validTo,
        @NotNull Map<DayOfWeek, List<@Valid @NotNull Period>> days, Long version) {

    public record Period(@NotNull LocalTime start, @NotNull LocalTime end) {
    }
}
