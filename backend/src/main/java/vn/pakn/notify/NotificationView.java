package vn.pakn.notify;

import java.time.Instant;

public record NotificationView(long id, String title, String body, String link, Instant createdAt, boolean read) {
}
