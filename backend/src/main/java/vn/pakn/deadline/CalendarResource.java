package vn.pakn.deadline;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.unit.Role;

/** The working calendar (Lịch làm việc): everyone reads it; administrators maintain it. */
@Path("/api/v1")
@Tag(name = "Lịch làm việc")
public class CalendarResource {

    private final CalendarService service;

    public CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/calendar")
    @Authenticated
    @Operation(summary = "Working schedules, public holidays and compensatory working days")
    public Uni<CalendarView> calendar() {
        return service.view();
    }

    @GET
    @Path("/calendar/deadline")
    @Authenticated
    @Operation(summary = "When an amount of working time after an instant ends (deadline preview)")
    public Uni<DeadlineView> deadline(@QueryParam("from") @NotNull Instant from,
            @QueryParam("amount") @NotNull @Positive Long amount,
            @QueryParam("unit") @NotNull CalendarService.TimeUnit unit) {
        return service.deadline(from, amount, unit).map(DeadlineView::new);
    }

    @POST
    @Path("/admin/calendar/holidays")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Response> addHoliday(@Valid @NotNull CalendarDay day) {
        return service.addHoliday(day).map(added -> Response.status(Response.Status.CREATED).entity(added).build());
    }

    @DELETE
    @Path("/admin/calendar/holidays/{day}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Void> removeHoliday(@PathParam("day") LocalDate day) {
        return service.removeHoliday(day);
    }

    @POST
    @Path("/admin/calendar/compensatory-days")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Response> addCompensatoryDay(@Valid @NotNull CalendarDay day) {
        return service.addCompensatoryDay(day)
                .map(added -> Response.status(Response.Status.CREATED).entity(added).build());
    }

    @DELETE
    @Path("/admin/calendar/compensatory-days/{day}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Void> removeCompensatoryDay(@PathParam("day") LocalDate day) {
        return service.removeCompensatoryDay(day);
    }

    @POST
    @Path("/admin/calendar/schedules")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Response> createSchedule(@Valid @NotNull ScheduleRequest request) {
        return service.createSchedule(request)
                .map(id -> Response.created(URI.create("/api/v1/calendar#schedule-" + id)).build());
    }

    @PUT
    @Path("/admin/calendar/schedules/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Void> updateSchedule(@PathParam("id") long id, @Valid @NotNull ScheduleRequest request) {
        return service.updateSchedule(id, request);
    }

    @DELETE
    @Path("/admin/calendar/schedules/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Void> deleteSchedule(@PathParam("id") long id) {
        return service.deleteSchedule(id);
    }

    public record DeadlineView(Instant deadline) {
    }
}
