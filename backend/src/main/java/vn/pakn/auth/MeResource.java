package vn.pakn.auth;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class MeResource {

    private final MeService me;
    private final CurrentOfficer officer;

    MeResource(MeService me, CurrentOfficer officer) {
        this.me = me;
        this.officer = officer;
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in officer: account, unit and roles")
    public Uni<MeView> me() {
        return me.me(officer.accountId());
    }
}
