package vn.pakn.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.pakn.common.error.Problem;
import vn.pakn.common.error.Problems;

/** The throttling answer needs a Retry-After header beside the usual problem document. */
public class AuthProblemMappers {

    @ServerExceptionMapper
    public Response throttled(LoginThrottledException e, HttpHeaders headers) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", e.retryAfterSeconds())
                .entity(Problems.of(e.status().getStatusCode(), e.code(),
                        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), List.of(), e.args()))
                .build();
    }
}
