package vn.pakn.deadline;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.unit.Role;

/** Administrators maintain the working calendar: schedules, public holidays, compensatory working days. */
@Path("/api/v1/admin/calendar")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Lịch làm việc")
public class CalendarAdminResource {

    private final CalendarService service;

    public CalendarAdminResource(CalendarService service) {
        this.service = service;
    }

    @POST
    @Path("/holidays")
    public Uni<Response> addHoliday(@Valid @NotNull CalendarDay day) {
        return service.addHoliday(day).map(added -> Response.status(Response.Status.CREATED).entity(added).build());
    }

    @DELETE
    @Path("/holidays/{day}")
    public Uni<Void> removeHoliday(@PathParam("day") LocalDate day) {
        return service.removeHoliday(day);
    }

    @POST
    @Path("/compensatory-days")
    public Uni<Response> addCompensatoryDay(@Valid @NotNull CalendarDay day) {
        return service.addCompensatoryDay(day)
                .map(added -> Response.status(Response.Status.CREATED).entity(added).build());
    }

    @DELETE
    @Path("/compensatory-days/{day}")
    public Uni<Void> removeCompensatoryDay(@PathParam("day") LocalDate day) {
        return service.removeCompensatoryDay(day);
    }

    @POST
    @Path("/schedules")
    public Uni<Response> createSchedule(@Valid @NotNull ScheduleRequest request) {
        return service.createSchedule(request)
                .map(id -> Response.created(URI.create("/api/v1/calendar#schedule-" + id)).build());
    }

    @PUT
    @Path("/schedules/{id}")
    public Uni<Void> updateSchedule(@PathParam("id") long id, @Valid @NotNull ScheduleRequest request) {
        return service.updateSchedule(id, request);
    }

    @DELETE
    @Path("/schedules/{id}")
    public Uni<Void> deleteSchedule(@PathParam("id") long id) {
        return service.deleteSchedule(id);
    }
}
