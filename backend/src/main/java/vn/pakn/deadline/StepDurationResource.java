package vn.pakn.deadline;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.unit.Role;

/** Thời hạn xử lý: how long each process step may take, with category overrides. */
@Path("/api/v1/admin/step-durations")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Thời hạn xử lý")
public class StepDurationResource {

    private final StepDurationService service;

    public StepDurationResource(StepDurationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every step's processing time and its category overrides, with the length of a working day")
    public Uni<StepDurationsView> list() {
        return service.list();
    }

    @PUT
    @Path("/{stepId}/default")
    @Operation(summary = "Sets the step's processing time for every category without its own")
    public Uni<StepDurationsView.StepDuration> setDefault(@PathParam("stepId") long stepId,
            @Valid @NotNull DurationRequest request) {
        return service.set(stepId, null, request);
    }

    @PUT
    @Path("/{stepId}/categories/{categoryId}")
    @Operation(summary = "Sets the step's processing time for one category")
    public Uni<StepDurationsView.StepDuration> setForCategory(@PathParam("stepId") long stepId,
            @PathParam("categoryId") long categoryId, @Valid @NotNull DurationRequest request) {
        return service.set(stepId, categoryId, request);
    }

    @DELETE
    @Path("/{stepId}/categories/{categoryId}")
    @Operation(summary = "Removes a category override: the step's default applies again")
    public Uni<StepDurationsView.StepDuration> removeForCategory(@PathParam("stepId") long stepId,
            @PathParam("categoryId") long categoryId) {
        return service.removeCategory(stepId, categoryId);
    }
}
