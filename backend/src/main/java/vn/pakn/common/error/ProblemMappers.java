package vn.pakn.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** One mapper per failure kind; none of them ever sends a stack trace or a class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL stores no NUL character (U+0000): a text with one is the client's error, whichever field it is in. */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        Response response = respond(e.status().getStatusCode(), e.code(), headers, e.errors(), e.args());
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(ViolatedField.name(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(400, "validation", headers, errors);
    }

    /** Someone saved the same record first (a @Version check failed at flush). */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostUpdate(RuntimeException e, HttpHeaders headers) {
        return respond(409, "stale-version", headers, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return respond(401, "unauthorized", headers, List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return respond(401, "unauthorized", headers, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(403, "forbidden", headers, List.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers) {
        return respond(400, "malformed-body", headers, List.of());
    }

    /**
     * A value of the wrong type (text where a number goes, a list where an object goes), naming the field when Jackson
     * knows it. Quarkus's own mapper for this exception answers an empty 400; ours, of higher priority, a problem.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining());
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field.substring(field.startsWith(".") ? 1 : 0),
                        Problems.FIELD_KEY_PREFIX + "wrong-type"));
        return respond(400, "malformed-body", headers, errors);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        return respond(404, "not-found", headers, List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers) {
        return respond(405, "method-not-allowed", headers, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(500, "internal", headers, List.of());
        }
        return respond(status, status == 415 ? "unsupported-media-type" : status == 406 ? "not-acceptable"
                : "bad-request", headers, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (hasSqlState(e, CHARACTER_NOT_IN_REPERTOIRE)) {
            return respond(400, "invalid-character", headers, List.of());
        }
        LOG.error("unexpected failure", e);
        return respond(500, "internal", headers, List.of());
    }

    /**
     * Whether the database refused the statement with this SQLSTATE, however deep in the failure's causes (the reactive
     * client's {@link PgException}, or the {@link SQLException} Hibernate wraps around it).
     */
    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && state.equals(pg.getSqlState())
                    || cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Response respond(int status, String code, HttpHeaders headers, List<Problem.FieldError> errors,
            Object... args) {
        String language = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problems.of(status, code, language, errors, args))
                .build();
    }

}
