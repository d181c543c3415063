package vn.pakn.client;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets an integrator check its key: who the system takes it for, and with which scopes. */
@Path("/api/v1/public/client")
@RolesAllowed(Scope.CLIENT)
@Tag(name = "Cổng công khai")
public class CurrentClientResource {

    private final SecurityIdentity identity;

    public CurrentClientResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The calling service client and its scopes (authenticate with X-API-Key)")
    public CurrentClient current() {
        return new CurrentClient(identity.getPrincipal().getName().substring("client:".length()),
                identity.getRoles().stream().filter(role -> !role.equals(Scope.CLIENT)).sorted().toList());
    }

    public record CurrentClient(String name, List<String> scopes) {
    }
}
