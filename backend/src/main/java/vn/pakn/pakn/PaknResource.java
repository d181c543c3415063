package vn.pakn.pakn;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.deadline.appointment.AppointmentDecision;
import vn.pakn.deadline.appointment.AppointmentRequest;
import vn.pakn.deadline.appointment.AppointmentService;
import vn.pakn.deadline.appointment.AppointmentView;
import vn.pakn.pakn.attachment.AttachmentPurpose;
import vn.pakn.pakn.attachment.AttachmentService;
import vn.pakn.pakn.attachment.AttachmentView;
import vn.pakn.pakn.search.PaknQueryParams;
import vn.pakn.pakn.search.PaknRow;
import vn.pakn.pakn.search.PaknSearch;
import vn.pakn.unit.Role;
import vn.pakn.workflow.ActionRequest;
import vn.pakn.workflow.ActionService;
import vn.pakn.workflow.CommentView;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.WorkflowReads;
import vn.pakn.workflow.history.HistoryEntryView;
import vn.pakn.workflow.history.HistoryService;
import vn.pakn.workflow.process.ProcessView;

/**
 * Everything under {@code /api/v1/pakn}: intake, detail, editing, the two lists ("Xử lý phản ánh", "Tất cả phản
 * ánh"), actions, history, comments, the process view and files. One class, because JAX-RS picks a resource class
 * by its path before its methods: a second class under this path would be hidden by this one. Who may take an
 * action is process data, so actions are open to every officer and the service decides (403/404/409).
 */
@Path("/api/v1/pakn")
public class PaknResource {

    /** Actions not taken here: those with a request of their own method, the system's and the citizens'. */
    private static final Set<WorkflowAction> OWN_ENDPOINT = EnumSet.of(WorkflowAction.CREATE, WorkflowAction.EDIT,
            WorkflowAction.APPOINT, WorkflowAction.APPROVE_APPOINTMENT, WorkflowAction.REJECT_APPOINTMENT,
            WorkflowAction.ESCALATE, WorkflowAction.RATE);

    private final PaknService service;
    private final PaknSearch search;
    private final ActionService actions;
    private final HistoryService history;
    private final WorkflowReads workflow;
    private final AttachmentService attachments;
    private final AppointmentService appointments;

    PaknResource(PaknService service, PaknSearch search, ActionService actions, HistoryService history,
            WorkflowReads workflow, AttachmentService attachments, AppointmentService appointments) {
        this.service = service;
        this.search = search;
        this.actions = actions;
        this.history = history;
        this.workflow = workflow;
        this.attachments = attachments;
        this.appointments = appointments;
    }

    @POST
    @RolesAllowed(Role.OPERATOR_NAME)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaknDetail.class)))
    public Uni<Response> createPakn(@Valid @NotNull PaknForm form) {
        return service.create(form).chain(service::detail)
                .map(detail -> Response.created(URI.create("/api/v1/pakn/" + detail.id()))
                        .tag(Versions.etag(detail.version())).entity(detail).build());
    }

    @GET
    @Path("{id}")
    @Authenticated
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaknDetail.class)))
    public Uni<Response> paknDetail(@PathParam("id") long id) {
        return service.detail(id).map(detail -> Response.ok(detail).tag(Versions.etag(detail.version())).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.OPERATOR_NAME)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaknDetail.class)))
    public Uni<Response> editPakn(@PathParam("id") long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PaknForm form) {
        long version = Versions.required(ifMatch);
        return service.edit(id, version, form)
                .map(detail -> Response.ok(detail).tag(Versions.etag(detail.version())).build());
    }

    @GET
    @Authenticated
    public Uni<PageResponse<PaknRow>> listPakn(@BeanParam PaknQueryParams params) {
        return search.all(params.toQuery());
    }

    @GET
    @Path("inbox")
    @Authenticated
    public Uni<PageResponse<PaknRow>> paknInbox(@BeanParam PaknQueryParams params) {
        return search.inbox(params.toQuery());
    }

    @POST
    @Path("{id}/actions/{action}")
    @Authenticated
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionService.Outcome.class)))
    public Uni<Response> takeAction(@PathParam("id") long id, @PathParam("action") String action,
            @RestHeader("If-Match") String ifMatch, @Valid ActionRequest request) {
        WorkflowAction chosen = WorkflowAction.of(action)
                .filter(a -> !OWN_ENDPOINT.contains(a))
                .orElseThrow(ProblemException::notFound);
        long version = Versions.required(ifMatch);
        return actions.perform(id, chosen, version, request == null ? ActionRequest.EMPTY : request)
                .map(PaknResource::outcome);
    }

    private static Response outcome(ActionService.Outcome outcome) {
        return Response.ok(outcome).tag(Versions.etag(outcome.version())).build();
    }

    @POST
    @Path("{id}/actions/appoint")
    @Authenticated
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionService.Outcome.class)))
    public Uni<Response> appoint(@PathParam("id") long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull AppointmentRequest request) {
        long version = Versions.required(ifMatch);
        return appointments.appoint(id, version, request).map(PaknResource::outcome);
    }

    @POST
    @Path("{id}/actions/approve-appointment")
    @Authenticated
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionService.Outcome.class)))
    public Uni<Response> approveAppointment(@PathParam("id") long id, @RestHeader("If-Match") String ifMatch,
            @Valid AppointmentDecision decision) {
        long version = Versions.required(ifMatch);
        return appointments.approve(id, version, decision == null ? new AppointmentDecision(null) : decision)
                .map(PaknResource::outcome);
    }

    @POST
    @Path("{id}/actions/reject-appointment")
    @Authenticated
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionService.Outcome.class)))
    public Uni<Response> rejectAppointment(@PathParam("id") long id, @RestHeader("If-Match") String ifMatch,
            @Valid AppointmentDecision decision) {
        long version = Versions.required(ifMatch);
        return appointments.reject(id, version, decision == null ? new AppointmentDecision(null) : decision)
                .map(PaknResource::outcome);
    }

    @GET
    @Path("{id}/appointments")
    @Authenticated
    public Uni<List<AppointmentView>> paknAppointments(@PathParam("id") long id) {
        return appointments.ofItem(id);
    }

    @GET
    @Path("{id}/actions")
    @Authenticated
    public Uni<List<ActionService.AllowedAction>> allowedActions(@PathParam("id") long id) {
        return actions.allowed(id);
    }

    @GET
    @Path("{id}/history")
    @Authenticated
    public Uni<List<HistoryEntryView>> paknHistory(@PathParam("id") long id) {
        return history.history(id);
    }

    @GET
    @Path("{id}/comments")
    @Authenticated
    public Uni<List<CommentView>> paknComments(@PathParam("id") long id) {
        return workflow.comments(id);
    }

    @GET
    @Path("{id}/process")
    @Authenticated
    public Uni<ProcessView> paknProcess(@PathParam("id") long id) {
        return workflow.process(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Uni<Response> uploadAttachment(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm("purpose") @Schema(implementation = AttachmentPurpose.class) String purpose) {
        if (file == null) {
            throw ProblemException.invalidField("file", "required");
        }
        AttachmentPurpose chosen = Arrays.stream(AttachmentPurpose.values())
                .filter(p -> p.name().equals(purpose == null ? AttachmentPurpose.PAKN.name() : purpose))
                .findFirst().orElseThrow(() -> ProblemException.invalidField("purpose", "pakn.purpose-unknown"));
        return attachments.upload(id, new AttachmentService.Upload(file.uploadedFile(), file.fileName(),
                file.contentType(), file.size(), chosen))
                .map(view -> Response.created(URI.create("/api/v1/attachments/" + view.id())).entity(view).build());
    }

    @GET
    @Path("{id}/attachments")
    @Authenticated
    public Uni<List<AttachmentView>> paknAttachments(@PathParam("id") long id) {
        return attachments.list(id);
    }
}
