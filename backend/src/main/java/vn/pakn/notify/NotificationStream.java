package vn.pakn.notify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Live unread counts. Each instance LISTENs on the channel that {@link InAppSender} NOTIFYs, so a page connected
 * to any instance hears of a notification delivered by any other.
 */
@ApplicationScoped
public class NotificationStream {

    private static final Duration HEARTBEAT = Duration.ofSeconds(25);

    private final BroadcastProcessor<Long> delivered = BroadcastProcessor.create();
    private final NotificationRepository repository;
    private final Clock clock;
    private final Vertx vertx;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;

    public NotificationStream(NotificationRepository repository, Clock clock, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.repository = repository;
        this.clock = clock;
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    void start(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 2_000L);
        subscriber.channel(InAppSender.PG_CHANNEL).handler(payload -> delivered.onNext(Long.parseLong(payload)));
        subscriber.connectAndForget();
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /**
     * The account's unread count now, again after each delivery to it, and every 25 s to keep proxies open, until
     * {@code until} (the access token's expiry): a session that ended (logout, a disabled account, a new password)
     * is not followed past its token's life, and the client reconnects with a fresh token.
     */
    public Multi<UnreadCount> unreadCounts(long accountId, Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
            return Multi.createFrom().empty();
        }
        Multi<Long> triggers = Multi.createBy().merging().streams(
                Multi.createFrom().item(accountId),
                delivered.filter(id -> id == accountId),
                Multi.createFrom().ticks().startingAfter(HEARTBEAT).every(HEARTBEAT).map(tick -> accountId));
        return triggers.select().first(left).onItem().transformToUniAndConcatenate(id -> repository.unreadCount(id))
                .map(UnreadCount::new);
    }

    public record UnreadCount(long unread) {
    }
}
