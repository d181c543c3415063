package vn.pakn.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Enqueues notifications in the caller's transaction, so that a message exists if and only if the change that
 * caused it committed. Enqueuing the same key twice is a no-op: the unique message key makes it happen once.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_message (id, message_key, channel, recipient_account_id, recipient_address, subject,
                                        body, link, next_attempt_at, created_at)
            select nextval('outbox_message_seq'), :key, :channel, a.id,
                   case :channel when 'SMS' then a.phone when 'EMAIL' then a.email end,
                   :subject, :body, :link, :now, :now
            from account a
            where a.id = :account and a.enabled and (:channel <> 'EMAIL' or a.email is not null)
            on conflict (message_key) do nothing""";

    private static final String INSERT_SMS = """
            insert into outbox_message (id, message_key, channel, recipient_address, subject, body, next_attempt_at,
                                        created_at)
            values (nextval('outbox_message_seq'), :key, 'SMS', :phone, :subject, :body, :now, :now)
            on conflict (message_key) do nothing""";

    private final Clock clock;
    private final boolean mailConfigured;

    public Outbox(Clock clock, NotifyConfig config) {
        this.clock = clock;
        this.mailConfigured = config.mail().host().isPresent();
    }

    public Uni<Void> enqueue(Notice notice) {
        return enqueueAll(List.of(notice));
    }

    /** Notices of one template (the same message to several officers): the template is read once. */
    public Uni<Void> enqueueAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Panache.getSession().flatMap(session -> template(session, notices.get(0).template())
                .flatMap(template -> Multi.createFrom().iterable(notices)
                        .onItem().transformToUniAndConcatenate(notice -> insert(session, notice, template, now))
                        .collect().last()))
                .replaceWithVoid();
    }

    /** A row per channel of the notice; e-mail only when a mail server is configured. */
    private Uni<Void> insert(Mutiny.Session session, Notice notice, Object[] template, OffsetDateTime now) {
        return Multi.createFrom().iterable(notice.channels())
                .select().where(channel -> channel != Channel.EMAIL || mailConfigured)
                .onItem().transformToUniAndConcatenate(channel -> session.createNativeQuery(INSERT)
                        .setParameter("key", notice.key() + ":" + channel)
                        .setParameter("channel", channel.name())
                        .setParameter("subject", render((String) template[0], notice.params()))
                        .setParameter("body", render((String) template[1], notice.params()))
                        .setParameter("link", notice.link())
                        .setParameter("now", now)
                        .setParameter("account", notice.accountId())
                        .executeUpdate())
                .collect().last().replaceWithVoid();
    }

    /** An SMS to a phone number that is no officer's (a citizen's), once per {@code key}. */
    public Uni<Void> enqueueSms(String key, String templateCode, Map<String, String> params, String phone) {
        return Panache.getSession().flatMap(session -> template(session, templateCode)
                .flatMap(template -> session.createNativeQuery(INSERT_SMS)
                        .setParameter("key", key + ":" + Channel.SMS)
                        .setParameter("phone", phone)
                        .setParameter("subject", render((String) template[0], params))
                        .setParameter("body", render((String) template[1], params))
                        .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private static Uni<Object[]> template(Mutiny.Session session, String code) {
        return session.createNativeQuery("select subject, body from message_template where code = :code",
                Object[].class).setParameter("code", code).getSingleResult();
    }

    static String render(String template, Map<String, String> params) {
        String text = template;
        for (Map.Entry<String, String> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", param.getValue() == null ? "" : param.getValue());
        }
        return text;
    }
}
