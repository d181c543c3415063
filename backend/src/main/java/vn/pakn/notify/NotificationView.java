package vn.pakn.notify;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NotificationView(long id, String title, String body, @Schema(nullable = true) String link,
        Instant createdAt, boolean read) {
}
