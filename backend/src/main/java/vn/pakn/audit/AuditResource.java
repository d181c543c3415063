package vn.pakn.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Role;

@Path("/api/v1/admin/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Quản trị")
public class AuditResource {

    private final AuditQuery query;

    AuditResource(AuditQuery query) {
        this.query = query;
    }

    /**
     * @param from inclusive, ISO-8601 instant (2026-01-31T01:00:00Z)
     * @param to exclusive
     * @param page from 0
     */
    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Audit log, newest first: sign-ins, logouts, password and account changes")
    public Uni<PageResponse<AuditEventView>> listAuditEvents(@QueryParam("action") String action,
            @QueryParam("actorId") Long actorId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        AuditQuery.Filter filter = new AuditQuery.Filter(action(action), actorId, instant("from", from),
                instant("to", to));
        return query.list(filter, page, size);
    }

    private static AuditAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("action", "unknown-audit-action"));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "invalid-date-time");
        }
    }
}
