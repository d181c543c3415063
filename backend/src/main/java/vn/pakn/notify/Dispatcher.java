package vn.pakn.notify;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages. Claiming is a short transaction that leases the rows (SKIP LOCKED, so several
 * instances share the work); sending happens outside any transaction; the outcome is a second short update. A
 * sender that dies mid-way leaves its lease to expire and another run retries: at least once, with the message key
 * as the gateway's idempotency key.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private static final String CLAIM = """
            update outbox_message set attempts = attempts + 1, next_attempt_at = $1
            where id in (select id from outbox_message
                         where status = 'PENDING' and next_attempt_at <= $2
                         order by next_attempt_at limit $3 for update skip locked)
            returning id, message_key, channel, recipient_account_id, recipient_address, subject, body, link, attempts""";

    /** Vert.x timers start at one millisecond. */
    private static final long MIN_PAUSE_NANOS = 1_000_000;

    private final Pool pool;
    private final Clock clock;
    private final NotifyConfig config;
    private final DeliveryPause pause;
    private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);

    public Dispatcher(Pool pool, Clock clock, NotifyConfig config, DeliveryPause pause, Instance<Sender> senders) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
        this.pause = pause;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    @Scheduled(every = "${pakn.notify.dispatch-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatch().replaceWithVoid();
    }

    /**
     * Delivers what is due now, batch after batch, at most at the configured rate, until nothing is due or a deadline
     * sweep starts on this instance ({@link DeliveryPause}); returns how many it tried.
     */
    public Uni<Integer> dispatch() {
        if (pause.paused()) {
            return Uni.createFrom().item(0);
        }
        long started = System.nanoTime();
        return claim().flatMap(batch -> batch.isEmpty() ? Uni.createFrom().item(0)
                : deliver(batch).flatMap(done -> pace(batch.size(), started))
                        .flatMap(paced -> dispatch().map(more -> batch.size() + more)));
    }

    private Uni<Void> pace(int messages, long started) {
        Duration pause = pause(messages, System.nanoTime() - started);
        return pause.isZero() ? Uni.createFrom().voidItem() : Uni.createFrom().voidItem().onItem().delayIt().by(pause);
    }

    /** What is left of the time this many messages take at {@code max-per-second}; zero under a millisecond. */
    Duration pause(int messages, long elapsedNanos) {
        long left = messages * 1_000_000_000L / config.maxPerSecond() - elapsedNanos;
        return left < MIN_PAUSE_NANOS ? Duration.ZERO : Duration.ofNanos(left);
    }

    private Uni<List<OutboxMessage>> claim() {
        OffsetDateTime now = now();
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(now.plus(config.lease()), now, config.batchSize()))
                .map(rows -> {
                    List<OutboxMessage> claimed = new java.util.ArrayList<>();
                    rows.forEach(row -> claimed.add(message(row)));
                    return claimed;
                });
    }

    /** Sends the batch a few at a time; what was sent is marked in one statement, each failure in its own. */
    private Uni<Void> deliver(List<OutboxMessage> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUni(this::deliver).merge(config.concurrency())
                .collect().asList()
                .map(outcomes -> outcomes.stream().flatMap(Optional::stream).toList())
                .flatMap(this::markSent);
    }

    /** The message's id once sent; empty when it failed (and was marked so). */
    private Uni<Optional<Long>> deliver(OutboxMessage message) {
        Sender sender = senders.get(message.channel());
        return Uni.createFrom().deferred(() -> sender.send(message))
                .onItem().transform(sent -> Optional.of(message.id()))
                .onFailure().recoverWithUni(failure -> markFailed(message, failure).replaceWith(Optional.empty()));
    }

    private Uni<Void> markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("update outbox_message set status = 'SENT', sent_at = $2, last_error = null"
                + " where id = any($1)").execute(Tuple.of(ids.toArray(Long[]::new), now())).replaceWithVoid();
    }

    private Uni<Void> markFailed(OutboxMessage message, Throwable failure) {
        String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        error = error.length() > 500 ? error.substring(0, 500) : error;
        boolean dead = message.attempts() >= config.maxAttempts();
        if (dead) {
            LOG.warnf("outbox message %s dead after %d attempts: %s", message.key(), message.attempts(), error);
        }
        return pool.preparedQuery("update outbox_message set status = $2, next_attempt_at = $3, last_error = $4"
                + " where id = $1")
                .execute(Tuple.of(message.id(), dead ? "DEAD" : "PENDING", now().plus(backoff(message.attempts())),
                        error))
                .replaceWithVoid();
    }

    /** Capped exponential backoff: base, 2 × base, 4 × base, … up to the cap. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = config.backoffBase().multipliedBy(factor);
        return delay.compareTo(config.backoffCap()) > 0 ? config.backoffCap() : delay;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static OutboxMessage message(Row row) {
        return new OutboxMessage(row.getLong("id"), row.getString("message_key"),
                Channel.valueOf(row.getString("channel")), row.getLong("recipient_account_id"),
                row.getString("recipient_address"), row.getString("subject"), row.getString("body"),
                row.getString("link"), row.getInteger("attempts"));
    }
}
