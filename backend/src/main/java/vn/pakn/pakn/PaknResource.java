package vn.pakn.pakn;

import io.quarkus.security.Authenticated;
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
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.pakn.search.PaknQuery;
import vn.pakn.pakn.search.PaknRow;
import vn.pakn.pakn.search.PaknSearch;
import vn.pakn.unit.Role;

/** PAKN intake, detail, editing and the two lists ("Xử lý phản ánh", "Tất cả phản ánh"). */
@Path("/api/v1/pakn")
public class PaknResource {

    private static final int MAX_PAGE_SIZE = 100;

    private final PaknService service;
    private final PaknSearch search;

    PaknResource(PaknService service, PaknSearch search) {
        this.service = service;
        this.search = search;
    }

    @POST
    @RolesAllowed(Role.OPERATOR_NAME)
    public Uni<Response> create(@Valid @NotNull PaknForm form) {
        return service.create(form).chain(service::detail)
                .map(detail -> Response.created(URI.create("/api/v1/pakn/" + detail.id()))
                        .tag(Versions.etag(detail.version())).entity(detail).build());
    }

    @GET
    @Path("{id}")
    @Authenticated
    public Uni<Response> detail(@PathParam("id") long id) {
        return service.detail(id).map(detail -> Response.ok(detail).tag(Versions.etag(detail.version())).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.OPERATOR_NAME)
    public Uni<Response> edit(@PathParam("id") long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PaknForm form) {
        long version = Versions.required(ifMatch);
        return service.edit(id, version, form)
                .map(detail -> Response.ok(detail).tag(Versions.etag(detail.version())).build());
    }

    @GET
    @Authenticated
    public Uni<PageResponse<PaknRow>> all(@RestQuery String q, @RestQuery Progress progress,
            @RestQuery Long channelId, @RestQuery Long categoryId, @RestQuery LocalDate from, @RestQuery LocalDate to,
            @RestQuery PaknStatus status, @RestQuery Long stepId, @RestQuery String sort, @RestQuery Integer page,
            @RestQuery Integer size) {
        return search.all(query(q, progress, channelId, categoryId, from, to, status, stepId, sort, page, size));
    }

    @GET
    @Path("inbox")
    @Authenticated
    public Uni<PageResponse<PaknRow>> inbox(@RestQuery String q, @RestQuery Progress progress,
            @RestQuery Long channelId, @RestQuery Long categoryId, @RestQuery LocalDate from, @RestQuery LocalDate to,
            @RestQuery PaknStatus status, @RestQuery Long stepId, @RestQuery String sort, @RestQuery Integer page,
            @RestQuery Integer size) {
        return search.inbox(query(q, progress, channelId, categoryId, from, to, status, stepId, sort, page, size));
    }

    private static PaknQuery query(String q, Progress progress, Long channelId, Long categoryId, LocalDate from,
            LocalDate to, PaknStatus status, Long stepId, String sort, Integer page, Integer size) {
        PaknQuery.Sort order = PaknQuery.Sort.parse(sort);
        if (order == null) {
            throw ProblemException.invalidField("sort", "pakn.sort-unknown");
        }
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 1) {
            throw ProblemException.invalidField("page", "pakn.page-invalid");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ProblemException.invalidField("size", "pakn.size-invalid");
        }
        if (q != null && q.length() > 200) {
            throw ProblemException.invalidField("q", "pakn.keyword-too-long");
        }
        return new PaknQuery(q, progress, channelId, categoryId, from, to, status, stepId, order, pageNumber,
                pageSize);
    }
}
