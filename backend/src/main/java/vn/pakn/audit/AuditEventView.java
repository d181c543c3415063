package vn.pakn.audit;

import java.time.Instant;
import java.util.Map;

public record AuditEventView(long id, Instant occurredAt, AuditAction action, Long actorId, String actorLabel,
        String targetType, String targetId, String ip, String userAgent, Map<String, Object> details) {
}
