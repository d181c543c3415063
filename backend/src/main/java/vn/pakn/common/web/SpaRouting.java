package vn.pakn.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import vn.pakn.common.error.Problem;
import vn.pakn.common.error.Problems;
import io.vertx.core.json.Json;

/**
 * The last route: what neither the API nor a static file answered. API paths get a 404 problem; any other GET
 * gets the SPA's index.html, so that deep links into the SPA (e.g. /pakn/123) load the app.
 */
@Singleton
public class SpaRouting {

    private static final String INDEX = "META-INF/resources/index.html";

    private final Optional<String> index = readIndex();

    void install(@Observes Router router) {
        router.route().last().handler(this::fallback);
    }

    private void fallback(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean api = path.startsWith("/api") || path.startsWith("/open311") || path.startsWith("/q/");
        if (!api && index.isPresent() && ctx.request().method().name().equals("GET")) {
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(index.get());
            return;
        }
        Problem problem = Problems.of(404, "not-found", ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                null);
        ctx.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private static Optional<String> readIndex() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
