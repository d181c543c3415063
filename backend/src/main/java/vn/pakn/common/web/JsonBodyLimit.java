package vn.pakn.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.pakn.common.error.ProblemException;

/**
 * A JSON body is at most 1 MiB (the largest form, a PAKN of 20,000 characters, is well under 100 kB), refused by its
 * declared length before it is parsed; the 25 MB body limit of the HTTP server is for uploaded files. Without this,
 * sign-in, open to anyone, parsed up to 25 MB before its fields' sizes were checked.
 */
public class JsonBodyLimit {

    static final long MAX_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && request.getLength() > MAX_BYTES) {
            throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                    String.valueOf(MAX_BYTES / 1024));
        }
    }
}
