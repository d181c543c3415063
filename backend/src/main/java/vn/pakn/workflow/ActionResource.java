package vn.pakn.workflow;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestHeader;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.Versions;
import vn.pakn.workflow.history.HistoryEntryView;
import vn.pakn.workflow.history.HistoryService;
import vn.pakn.workflow.process.ProcessView;

/**
 * Actions on a PAKN and what the detail page shows about its processing. Who may do what is process data, so
 * every signed-in officer reaches these methods and the service decides (403/404/409).
 */
@Path("/api/v1/pakn/{id}")
@Authenticated
public class ActionResource {

    private final ActionService actions;
    private final HistoryService history;
    private final WorkflowReads reads;

    ActionResource(ActionService actions, HistoryService history, WorkflowReads reads) {
        this.actions = actions;
        this.history = history;
        this.reads = reads;
    }

    @POST
    @Path("actions/{action}")
    public Uni<Response> act(@PathParam("id") long id, @PathParam("action") String action,
            @RestHeader("If-Match") String ifMatch, @Valid ActionRequest request) {
        WorkflowAction chosen = WorkflowAction.of(action)
                .filter(a -> a != WorkflowAction.CREATE && a != WorkflowAction.EDIT)
                .orElseThrow(ProblemException::notFound);
        long version = Versions.required(ifMatch);
        return actions.perform(id, chosen, version, request == null ? ActionRequest.EMPTY : request)
                .map(outcome -> Response.ok(outcome).tag(Versions.etag(outcome.version())).build());
    }

    @GET
    @Path("actions")
    public Uni<List<ActionService.AllowedAction>> allowed(@PathParam("id") long id) {
        return actions.allowed(id);
    }

    @GET
    @Path("history")
    public Uni<List<HistoryEntryView>> history(@PathParam("id") long id) {
        return history.history(id);
    }

    @GET
    @Path("comments")
    public Uni<List<CommentView>> comments(@PathParam("id") long id) {
        return reads.comments(id);
    }

    @GET
    @Path("process")
    public Uni<ProcessView> process(@PathParam("id") long id) {
        return reads.process(id);
    }
}
