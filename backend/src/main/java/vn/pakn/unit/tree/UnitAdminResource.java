package vn.pakn.unit.tree;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.unit.Actor;
import vn.pakn.unit.Role;

/** Administration of the org tree. */
@Path("/api/v1/admin/units")
@Tag(name = "Quản trị đơn vị")
public class UnitAdminResource {

    private final UnitService service;
    private final CurrentOfficer officer;
    private final HttpServerRequest request;

    public UnitAdminResource(UnitService service, CurrentOfficer officer, HttpServerRequest request) {
        this.service = service;
        this.officer = officer;
        this.request = request;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Response> createUnit(@Valid @NotNull CreateUnitRequest body) {
        return service.create(body, actor()).map(unit -> Response
                .created(URI.create("/api/v1/units/" + unit.id())).entity(unit).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<UnitView> updateUnit(@PathParam("id") long id, @Valid @NotNull UpdateUnitRequest body) {
        return service.update(id, body, actor());
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<UnitView> moveUnit(@PathParam("id") long id, @Valid @NotNull MoveUnitRequest body) {
        return service.move(id, body, actor());
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<UnitView> deactivateUnit(@PathParam("id") long id) {
        return service.deactivate(id, actor());
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<UnitView> activateUnit(@PathParam("id") long id) {
        return service.activate(id, actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Void> deleteUnit(@PathParam("id") long id) {
        return service.delete(id, actor());
    }

    private Actor actor() {
        return Actor.of(officer, request);
    }
}
