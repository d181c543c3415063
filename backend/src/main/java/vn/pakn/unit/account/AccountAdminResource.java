package vn.pakn.unit.account;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Actor;
import vn.pakn.unit.Role;

/** Administration of officers' accounts. Answers that carry a password are never cached. */
@Path("/api/v1/admin/accounts")
@Tag(name = "Quản trị tài khoản")
public class AccountAdminResource {

    private static final String NO_STORE = "no-store";

    private final AccountService service;
    private final CurrentOfficer officer;
    private final HttpServerRequest request;

    public AccountAdminResource(AccountService service, CurrentOfficer officer, HttpServerRequest request) {
        this.service = service;
        this.officer = officer;
        this.request = request;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Danh sách tài khoản (page từ 0), lọc theo tên/số điện thoại, đơn vị, vai trò, trạng thái")
    public Uni<PageResponse<AccountView>> listAccounts(@QueryParam("q") String q, @QueryParam("unitId") Long unitId,
            @QueryParam("role") Role role, @QueryParam("enabled") Boolean enabled,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(new AccountFilter(q, unitId, role, enabled), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<AccountView> getAccount(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Tạo tài khoản; mật khẩu dùng một lần chỉ trả về lần này")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedAccount.class)))
    public Uni<Response> createAccount(@Valid @NotNull CreateAccountRequest body) {
        return service.create(body, actor()).map(created -> Response
                .created(URI.create("/api/v1/admin/accounts/" + created.account().id()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .entity(created).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<AccountView> updateAccount(@PathParam("id") long id, @Valid @NotNull UpdateAccountRequest body) {
        return service.update(id, body, actor());
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<AccountView> disableAccount(@PathParam("id") long id) {
        return service.disable(id, actor());
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<AccountView> enableAccount(@PathParam("id") long id) {
        return service.enable(id, actor());
    }

    @POST
    @Path("/{id}/reset-password")
    @RolesAllowed(Role.ADMIN_NAME)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = NO_STORE)
    public Uni<PasswordReset> resetAccountPassword(@PathParam("id") long id) {
        return service.resetPassword(id, actor());
    }

    private Actor actor() {
        return Actor.of(officer, request);
    }
}
