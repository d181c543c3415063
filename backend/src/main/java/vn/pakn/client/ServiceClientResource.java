package vn.pakn.client;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.unit.Role;

/** Administrators issue API keys to the citizens' portal and third-party apps, and revoke them. */
@Path("/api/v1/admin/clients")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Ứng dụng kết nối")
public class ServiceClientResource {

    private final ServiceClientService service;
    private final CurrentOfficer officer;

    public ServiceClientResource(ServiceClientService service, CurrentOfficer officer) {
        this.service = service;
        this.officer = officer;
    }

    @GET
    public Uni<List<ServiceClientView>> list() {
        return service.list();
    }

    @POST
    @Operation(summary = "Issue an API key (returned once, never again)")
    public Uni<Response> issue(@Valid @NotNull ServiceClientRequest request) {
        return service.issue(request, officer.accountId()).map(issued -> Response
                .created(URI.create("/api/v1/admin/clients/" + issued.client().id())).entity(issued)
                .header("Cache-Control", "no-store").build()); // the key in clear, once: no cache keeps it
    }

    @POST
    @Path("/{id}/revoke")
    public Uni<ServiceClientView> revoke(@PathParam("id") long id) {
        return service.revoke(id);
    }
}
