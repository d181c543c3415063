package vn.pakn.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Writes audit events. Call it inside the transaction of the change it records, so that both commit or neither.
 */
@ApplicationScoped
public class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param actorId the account acting (null for a failed sign-in of an unknown user)
     * @param actorLabel a readable name of the actor (the typed username for failed sign-ins)
     * @param request where it came from (may be null for system actions)
     */
    public Uni<Void> record(AuditAction action, Long actorId, String actorLabel, String targetType,
            Object targetId, HttpServerRequest request, Map<String, Object> details) {
        String ip = request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String userAgent = request == null ? null : request.getHeader("User-Agent");
        return record(action, actorId, actorLabel, targetType, targetId, ip, userAgent, details);
    }

    /** The same, for callers that already read the address and user agent off the request. */
    public Uni<Void> record(AuditAction action, Long actorId, String actorLabel, String targetType,
            Object targetId, String ip, String userAgent, Map<String, Object> details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.action = action.name();
        event.actorId = actorId;
        event.actorLabel = truncate(actorLabel, 200);
        event.targetType = targetType;
        event.targetId = targetId == null ? null : targetId.toString();
        event.ip = truncate(ip, 64);
        event.userAgent = truncate(userAgent, 300);
        event.details = details;
        return event.persist().replaceWithVoid();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
