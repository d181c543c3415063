package vn.pakn.pakn.catalog;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

/** Chuyên mục and hình thức tiếp nhận: {@code /api/v1/categories}, {@code /api/v1/channels} and their admin side. */
@Path("/api/v1")
public class CatalogResource {

    private final CatalogService service;

    public CatalogResource(CatalogService service) {
        this.service = service;
    }

    @GET
    @Path("{catalog: " + Catalog.PATH_PATTERN + "}")
    @Authenticated
    public Uni<List<CatalogEntryView>> active(@PathParam("catalog") String catalog) {
        return service.list(Catalog.of(catalog), true);
    }

    @GET
    @Path("admin/{catalog: " + Catalog.PATH_PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<List<CatalogEntryView>> all(@PathParam("catalog") String catalog) {
        return service.list(Catalog.of(catalog), false);
    }

    @POST
    @Path("admin/{catalog: " + Catalog.PATH_PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Response> create(@PathParam("catalog") String catalog, @Valid CatalogEntryRequest request) {
        return service.create(Catalog.of(catalog), request)
                .map(view -> Response.created(URI.create("/api/v1/admin/" + catalog + "/" + view.id()))
                        .tag(Versions.etag(view.version())).entity(view).build());
    }

    @PUT
    @Path("admin/{catalog: " + Catalog.PATH_PATTERN + "}/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Response> update(@PathParam("catalog") String catalog, @PathParam("id") long id,
            @RestHeader("If-Match") String ifMatch, @Valid CatalogEntryRequest request) {
        return service.update(Catalog.of(catalog), id, Versions.required(ifMatch), request)
                .map(view -> Response.ok(view).tag(Versions.etag(view.version())).build());
    }
}
