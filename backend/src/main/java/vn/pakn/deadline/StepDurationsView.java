package vn.pakn.deadline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The processing times of every step; {@code workingDayMinutes} is the ordinary working day of the schedule in force
 * today, the day in which the SPA shows and the API converts amounts given in days.
 */
public record StepDurationsView(int workingDayMinutes, List<StepDuration> steps) {

    /** One step; {@code workingMinutes} null: no deadline at this step unless a category sets one. */
    public record StepDuration(long stepId, String code, String name, String kind, String processName,
            @Schema(nullable = true) Integer workingMinutes, List<CategoryDuration> categories) {
    }

    public record CategoryDuration(long categoryId, String categoryName, int workingMinutes) {
    }
}
