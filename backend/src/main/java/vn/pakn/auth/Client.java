package vn.pakn.auth;

import io.vertx.core.http.HttpServerRequest;

/**
 * Where a request came from. The address is the connection's remote address: behind a reverse proxy, set
 * {@code quarkus.http.proxy.proxy-address-forwarding} (and {@code trusted-proxies}) so that it is the client's.
 */
public record Client(String ip, String userAgent) {

    public static Client of(HttpServerRequest request) {
        String ip = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return new Client(ip, request.getHeader("User-Agent"));
    }
}
