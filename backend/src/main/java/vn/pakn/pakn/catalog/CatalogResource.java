package vn.pakn.pakn.catalog;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** Chuyên mục and hình thức tiếp nhận in use: {@code /api/v1/categories}, {@code /api/v1/channels}. */
@Path("/api/v1/{catalog: " + Catalog.PATH_PATTERN + "}")
public class CatalogResource {

    private final CatalogService service;

    public CatalogResource(CatalogService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public Uni<List<CatalogEntryView>> listCatalog(@PathParam("catalog") String catalog) {
        return service.list(Catalog.of(catalog), true);
    }
}
