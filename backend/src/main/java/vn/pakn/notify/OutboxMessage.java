package vn.pakn.notify;

/** A message claimed for delivery: what a {@link Sender} needs, nothing more. */
public record OutboxMessage(long id, String key, Channel channel, Long accountId, String address, String subject,
        String body, String link, int attempts) {
}
