package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * SMS through the configured gateway: {@code database} records the message in sms_log (the demo and default; the
 * admin SPA lists it as "Tin nhắn đã gửi"), {@code http} posts it to an HTTP SMS gateway as JSON
 * {@code {from, to, text, id}} with basic authentication, {@code id} being the outbox key so that the gateway can
 * drop a resend after a crash.
 */
@ApplicationScoped
public class SmsSender implements Sender {

    private final NotifyConfig.Sms config;
    private final Pool pool;
    private final Clock clock;
    private final WebClient client;

    public SmsSender(NotifyConfig config, Pool pool, Clock clock, Vertx vertx) {
        this.config = config.sms();
        this.pool = pool;
        this.clock = clock;
        this.client = WebClient.create(vertx);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        return "http".equals(config.gateway()) ? post(message) : record(message);
    }

    private Uni<Void> record(OutboxMessage message) {
        return pool.preparedQuery("insert into sms_log (id, outbox_id, phone, sender, body, sent_at)"
                + " values (nextval('sms_log_seq'), $1, $2, $3, $4, $5)")
                .execute(Tuple.of(message.id(), message.address(), config.sender(), message.body(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    private Uni<Void> post(OutboxMessage message) {
        String url = config.url().orElseThrow(() -> new IllegalStateException("pakn.notify.sms.url is not set"));
        JsonObject body = new JsonObject().put("from", config.sender()).put("to", message.address())
                .put("text", message.body()).put("id", message.key());
        var request = client.postAbs(url).timeout(10_000);
        if (config.username().isPresent()) {
            request.basicAuthentication(config.username().get(), config.password().orElse(""));
        }
        return request.sendJsonObject(body).map(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("SMS gateway answered " + response.statusCode());
            }
            return null;
        });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
