package vn.pakn.notify;

import java.util.Map;
import java.util.Set;

/**
 * A message to enqueue: template {@code template} filled with {@code params}, to one account over some channels.
 * {@code key} names what must be delivered once (per channel), e.g. "reminder:123:2026-03-09T08:30:00Z:45".
 */
public record Notice(String key, String template, Map<String, String> params, String link, long accountId,
        Set<Channel> channels) {
}
