package vn.pakn.client;

import java.time.Instant;
import java.util.List;

/** A service client as administrators see it; the key's prefix identifies it, the key itself is never shown again. */
public record ServiceClientView(long id, String name, String keyPrefix, List<String> scopes, int requestsPerMinute,
        Instant createdAt, Instant revokedAt) {
}
