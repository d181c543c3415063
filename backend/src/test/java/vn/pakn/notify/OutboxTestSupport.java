package vn.pakn.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Runs outbox work on a Vert.x context, as production code does inside a request or a job. */
final class OutboxTestSupport {

    private OutboxTestSupport() {
    }

    static String enqueue(Outbox outbox, long accountId, Channel... channels) {
        String key = "test:" + UUID.randomUUID();
        Notice notice = new Notice(key, "FORWARDED", Map.of("actor", "Nhân viên trực", "code", "1022-2026-000001",
                "title", "Ô nhiễm tiếng ồn", "message", "Đề nghị xử lý gấp."), "/pakn/1", accountId, Set.of(channels));
        run(() -> Panache.withTransaction(() -> outbox.enqueue(notice)));
        return key;
    }

    static int dispatch(Dispatcher dispatcher) {
        return run(dispatcher::dispatch);
    }

    static <T> T run(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
