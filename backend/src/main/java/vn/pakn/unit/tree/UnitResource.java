package vn.pakn.unit.tree;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every officer needs the unit list, to route PAKN and to filter by unit. */
@Path("/api/v1/units")
@Tag(name = "Đơn vị")
public class UnitResource {

    private final UnitService service;

    public UnitResource(UnitService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(summary = "Danh sách đơn vị, cha trước con (SPA dựng cây từ parentId)")
    public Uni<List<UnitView>> listUnits(@QueryParam("includeInactive") boolean includeInactive) {
        return service.list(includeInactive);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Uni<UnitView> getUnit(@PathParam("id") long id) {
        return service.get(id);
    }
}
