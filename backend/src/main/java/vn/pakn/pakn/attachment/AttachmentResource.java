package vn.pakn.pakn.attachment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.pakn.common.error.ProblemException;

/** Upload and list the files of a PAKN. */
@Path("/api/v1/pakn/{id}/attachments")
@Authenticated
public class AttachmentResource {

    private final AttachmentService service;

    AttachmentResource(AttachmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm("purpose") String purpose) {
        if (file == null) {
            throw ProblemException.invalidField("file", "required");
        }
        AttachmentPurpose chosen = Arrays.stream(AttachmentPurpose.values())
                .filter(p -> p.name().equals(purpose == null ? AttachmentPurpose.PAKN.name() : purpose))
                .findFirst().orElseThrow(() -> ProblemException.invalidField("purpose", "pakn.purpose-unknown"));
        return service.upload(id, new AttachmentService.Upload(file.uploadedFile(), file.fileName(),
                file.contentType(), file.size(), chosen))
                .map(view -> Response.created(URI.create("/api/v1/attachments/" + view.id())).entity(view).build());
    }

    @GET
    public Uni<List<AttachmentView>> list(@PathParam("id") long id) {
        return service.list(id);
    }
}
