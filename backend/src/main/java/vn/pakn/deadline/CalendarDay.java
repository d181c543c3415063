package vn.pakn.deadline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A public holiday or a compensatory working day. */
public record CalendarDay(@NotNull LocalDate day, @NotBlank @Size(max = 200) String name) {
}
