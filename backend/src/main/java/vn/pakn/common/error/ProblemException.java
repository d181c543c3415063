package vn.pakn.common.error;

import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client should understand. {@code code} names the problem type and its messages in
 * {@code problems*.properties}; {@code args} fill the detail's placeholders.
 */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final String code;
    private final transient Object[] args;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(Status status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ProblemException(Status status, String code, List<Problem.FieldError> errors, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = errors;
    }

    public static ProblemException notFound() {
        return new ProblemException(Status.NOT_FOUND, "not-found");
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(Status.CONFLICT, code, args);
    }

    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(Status.BAD_REQUEST, code, args);
    }

    /** A validation failure of one field, reported like Bean Validation's. */
    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return new ProblemException(Status.BAD_REQUEST, "validation",
                List.of(new Problem.FieldError(field, Problems.FIELD_KEY_PREFIX + messageKey)), args);
    }

    /** A response header to send with the problem, e.g. Retry-After with a 429. */
    public ProblemException withHeader(String name, Object value) {
        headers.put(name, String.valueOf(value));
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
