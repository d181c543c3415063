package vn.pakn.pakn.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestHeader;
import vn.pakn.pakn.Versions;
import vn.pakn.unit.Role;

/** Administration of categories and channels: {@code /api/v1/admin/categories}, {@code /api/v1/admin/channels}. */
@Path("/api/v1/admin/{catalog: " + Catalog.PATH_PATTERN + "}")
@RolesAllowed(Role.ADMIN_NAME)
public class CatalogAdminResource {

    private final CatalogService service;

    public CatalogAdminResource(CatalogService service) {
        this.service = service;
    }

    @GET
    public Uni<List<CatalogEntryView>> listCatalogForAdmin(@PathParam("catalog") String catalog) {
        return service.list(Catalog.of(catalog), false);
    }

    @POST
    public Uni<Response> createCatalogEntry(@PathParam("catalog") String catalog,
            @Valid @NotNull CatalogEntryRequest request) {
        return service.create(Catalog.of(catalog), request)
                .map(view -> Response.created(URI.create("/api/v1/admin/" + catalog + "/" + view.id()))
                        .tag(Versions.etag(view.version())).entity(view).build());
    }

    @PUT
    @Path("{id}")
    public Uni<Response> updateCatalogEntry(@PathParam("catalog") String catalog, @PathParam("id") long id,
            @RestHeader("If-Match") String ifMatch, @Valid @NotNull CatalogEntryRequest request) {
        return service.update(Catalog.of(catalog), id, Versions.required(ifMatch), request)
                .map(view -> Response.ok(view).tag(Versions.etag(view.version())).build());
    }
}
