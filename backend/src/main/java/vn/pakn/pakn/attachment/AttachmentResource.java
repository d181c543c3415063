package vn.pakn.pakn.attachment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file by its id: downloaded only by those who may see its PAKN, never rendered inline; removed only by the officer
 * who attached it. Uploading and listing live with the item ({@code /api/v1/pakn/{id}/attachments}).
 */
@Path("/api/v1/attachments")
@Authenticated
public class AttachmentResource {

    private final AttachmentService service;

    AttachmentResource(AttachmentService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    public Uni<Response> downloadAttachment(@PathParam("id") long id) {
        return service.download(id).map(d -> Response.ok(d.file())
                .type(d.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build());
    }

    /** Gỡ tập tin: 204; 403 for anyone but the uploader or for a unit no longer on the item; 409 once completed. */
    @DELETE
    @Path("{id}")
    public Uni<Void> removeAttachment(@PathParam("id") long id) {
        return service.remove(id);
    }

    /** RFC 6266: an ASCII fallback name, and the real one as UTF-8 in filename*. */
    static String contentDisposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
