package vn.pakn.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: {@code type} is stable and {@code code} is its last segment, for clients to switch on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(String type, String code, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String TYPE_BASE = "https://pakn1022.vn/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
