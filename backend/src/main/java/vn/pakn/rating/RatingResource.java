package vn.pakn.rating;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.client.CallingClient;
import vn.pakn.client.Scope;

/** Ratings from the citizens' portal: once per completed PAKN (service client key with scope rating:write). */
@Path("/api/v1/public/pakn/{code}/rating")
@Tag(name = "Cổng công khai")
public class RatingResource {

    private final RatingService service;
    private final CallingClient client;

    RatingResource(RatingService service, CallingClient client) {
        this.service = service;
        this.client = client;
    }

    @POST
    @RolesAllowed(Scope.RATING_WRITE)
    @Operation(summary = "Rate a completed PAKN (once; 409 when not completed or already rated)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingView.class)))
    public Uni<Response> rate(@PathParam("code") String code, @Valid @NotNull RatingRequest request) {
        return service.rate(code, request, client.id(), client.name())
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
