package vn.pakn.notify;

import io.smallrye.mutiny.Uni;

/** Delivers messages of one channel. A failure (failed Uni) makes the dispatcher retry later. */
public interface Sender {

    Channel channel();

    Uni<Void> send(OutboxMessage message);
}
