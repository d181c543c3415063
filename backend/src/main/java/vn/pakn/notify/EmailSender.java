package vn.pakn.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** E-mail through Quarkus Mailer (SMTP settings: quarkus.mailer.*; a mock mailbox in dev and test). */
@ApplicationScoped
public class EmailSender implements Sender {

    private final ReactiveMailer mailer;

    public EmailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        return mailer.send(Mail.withText(message.address(), message.subject(), message.body()));
    }
}
