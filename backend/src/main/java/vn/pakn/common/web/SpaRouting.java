package vn.pakn.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Deep links into the SPA (/pakn/123, /change-password) get its index.html, so that a reload or a link opens the
 * app; its router takes over. API paths (/api, /q, /open311) and files (anything with a dot) are left alone: the
 * REST layer answers unknown API paths with a 404 problem.
 */
@Singleton
public class SpaRouting {

    private static final String INDEX = "META-INF/resources/index.html";
    private static final String SPA_PATHS = "^/(?!(api|q|open311)(/|$))[^.]*$";
    /**
     * The SPA runs only its own bundled scripts and talks only to its own origin; Ant Design writes its styles inline.
     * No page may frame it. (Swagger UI under /q has inline scripts of its own and is not served from here.)
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final Optional<String> index = readIndex();

    void install(@Observes Router router) {
        if (index.isPresent()) {
            router.routeWithRegex(HttpMethod.GET, SPA_PATHS).order(-1).handler(this::serveIndex);
        }
    }

    private void serveIndex(RoutingContext ctx) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .end(index.orElseThrow());
    }

    private static Optional<String> readIndex() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
