package vn.pakn.notify;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;

/** The signed-in officer's in-app notifications (the bell). */
@Path("/api/v1/notifications")
@Authenticated
@Tag(name = "Thông báo")
public class NotificationResource {

    private final NotificationRepository repository;
    private final NotificationStream stream;
    private final CurrentOfficer officer;

    public NotificationResource(NotificationRepository repository, NotificationStream stream, CurrentOfficer officer) {
        this.repository = repository;
        this.stream = stream;
        this.officer = officer;
    }

    @GET
    @Operation(summary = "Newest first; unread=true: only the unread ones")
    public Uni<PageResponse<NotificationView>> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return repository.page(officer.accountId(), unread, page, size);
    }

    @GET
    @Path("/unread-count")
    public Uni<NotificationStream.UnreadCount> unreadCount() {
        return repository.unreadCount(officer.accountId()).map(NotificationStream.UnreadCount::new);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the unread count, pushed when it changes, until the access token expires"
            + " (reconnect with a fresh one)")
    public Multi<NotificationStream.UnreadCount> stream() {
        return stream.unreadCounts(officer.accountId(), officer.tokenExpiresAt());
    }

    @POST
    @Path("/{id}/read")
    public Uni<Void> markRead(@PathParam("id") long id) {
        return repository.markRead(officer.accountId(), id).map(found -> {
            if (!found) {
                throw ProblemException.notFound();
            }
            return null;
        });
    }

    @POST
    @Path("/read-all")
    public Uni<Void> markAllRead() {
        return repository.markAllRead(officer.accountId());
    }
}
