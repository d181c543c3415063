package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Role;

/** Delivery as administrators see it: dead letters to retry, "Tin nhắn đã gửi", editable message templates. */
@Path("/api/v1/admin/notifications")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Quản trị thông báo")
public class OutboxAdminResource {

    private final OutboxAdminRepository repository;

    public OutboxAdminResource(OutboxAdminRepository repository) {
        this.repository = repository;
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "Outbox messages by status (DEAD: given up after too many failures)")
    public Uni<PageResponse<OutboxAdminRepository.OutboxView>> outbox(
            @QueryParam("status") @DefaultValue("DEAD") @Pattern(regexp = "PENDING|SENT|DEAD") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return repository.outbox(status, page, size);
    }

    @POST
    @Path("/outbox/{id}/retry")
    public Uni<Void> retry(@PathParam("id") long id) {
        return repository.retry(id).map(found -> {
            if (!found) {
                throw ProblemException.notFound();
            }
            return null;
        });
    }

    @GET
    @Path("/sms")
    @Operation(summary = "Tin nhắn đã gửi: SMS recorded by the built-in gateway")
    public Uni<PageResponse<OutboxAdminRepository.SmsView>> sentSms(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return repository.sentSms(page, size);
    }

    @GET
    @Path("/templates")
    public Uni<List<OutboxAdminRepository.TemplateView>> templates() {
        return repository.templates();
    }

    @PUT
    @Path("/templates/{code}")
    public Uni<Void> updateTemplate(@PathParam("code") String code,
            @Valid @NotNull OutboxAdminRepository.TemplateUpdate update) {
        return repository.updateTemplate(code, update).map(updated -> {
            if (!updated) {
                throw ProblemException.conflict("stale-version");
            }
            return null;
        });
    }
}
