package vn.pakn.deadline;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.common.error.ProblemException;

/** The working calendar (Lịch làm việc), as every officer reads it; administrators change it through {@link CalendarAdminResource}. */
@Path("/api/v1/calendar")
@Tag(name = "Lịch làm việc")
public class CalendarResource {

    /** The most an appointment extends by or a step takes (999 days, hours or minutes); the calendar walks each day. */
    static final long MAX_AMOUNT = 999;
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final CalendarService service;

    public CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(summary = "Working schedules, public holidays and compensatory working days")
    public Uni<CalendarView> calendar() {
        return service.view();
    }

    @GET
    @Path("/deadline")
    @Authenticated
    @Operation(summary = "When an amount of working time after an instant ends (deadline preview)")
    public Uni<DeadlineView> deadline(@QueryParam("from") @NotNull Instant from,
            @QueryParam("amount") @NotNull @Positive @Max(MAX_AMOUNT) Long amount,
            @QueryParam("unit") @NotNull CalendarService.TimeUnit unit) {
        if (from.isBefore(EARLIEST) || !from.isBefore(LATEST)) {
            throw ProblemException.invalidField("from", "calendar-out-of-range");
        }
        return service.deadline(from, amount, unit).map(DeadlineView::new);
    }

    public record DeadlineView(Instant deadline) {
    }
}
