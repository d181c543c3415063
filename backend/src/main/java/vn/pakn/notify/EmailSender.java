package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** E-mail over SMTP ({@code pakn.notify.mail.*}); without an SMTP host no e-mail is enqueued at all. */
@ApplicationScoped
public class EmailSender implements Sender {

    private final NotifyConfig.Mail config;
    private final MailClient client;

    public EmailSender(NotifyConfig config, Vertx vertx) {
        this.config = config.mail();
        MailConfig mail = new MailConfig()
                .setHostname(this.config.host().orElse("localhost"))
                .setPort(this.config.port())
                .setStarttls(this.config.startTls() ? StartTLSOptions.REQUIRED : StartTLSOptions.OPTIONAL);
        this.config.username().ifPresent(mail::setUsername);
        this.config.password().ifPresent(mail::setPassword);
        this.client = MailClient.createShared(vertx, mail, "pakn-mail");
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        return client.sendMail(new MailMessage().setFrom(config.from()).setTo(message.address())
                .setSubject(message.subject()).setText(message.body())).replaceWithVoid();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
