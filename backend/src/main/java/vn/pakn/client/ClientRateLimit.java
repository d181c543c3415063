package vn.pakn.client;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.pakn.common.error.ProblemException;

/**
 * Each service client gets its requests per minute as a token bucket (per instance: behind N instances a client
 * may reach N times its rate, which the limit's purpose — protecting the service — tolerates).
 */
public class ClientRateLimit {

    private final CurrentIdentityAssociation identity;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimit(CurrentIdentityAssociation identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Uni<Void> limit() {
        return identity.getDeferredIdentity().invoke(current -> {
            Long client = current.getAttribute(ApiKeyIdentityProvider.CLIENT_ID);
            if (client == null) {
                return;
            }
            int perMinute = current.getAttribute(ApiKeyIdentityProvider.REQUESTS_PER_MINUTE);
            long nowMillis = clock.millis();
            long waitMillis = buckets.computeIfAbsent(client, id -> new Bucket(perMinute, nowMillis))
                    .take(perMinute, nowMillis);
            if (waitMillis > 0) {
                throw new ProblemException(Status.TOO_MANY_REQUESTS, "rate-limited")
                        .withHeader("Retry-After", Math.max(1, (waitMillis + 999) / 1000));
            }
        }).replaceWithVoid();
    }

    /** Holds up to a minute's worth of requests, refilled continuously. */
    static final class Bucket {
        private double tokens;
        private long updatedMillis;

        Bucket(int perMinute, long nowMillis) {
            this.tokens = perMinute;
            this.updatedMillis = nowMillis;
        }

        /** Takes one token; returns 0, or how long until one is available. */
        synchronized long take(int perMinute, long nowMillis) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + (nowMillis - updatedMillis) * perMilli);
            updatedMillis = nowMillis;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perMilli);
        }
    }
}
