package vn.pakn.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.common.paging.SqlPages;

/** What administrators see of delivery: the outbox (dead letters first of all), sent SMS, templates. */
@ApplicationScoped
public class OutboxAdminRepository {

    private final Pool pool;
    private final Clock clock;

    public OutboxAdminRepository(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<PageResponse<OutboxView>> outbox(String status, int page, int size) {
        return SqlPages.page(pool, list(status), "select 1 " + from(status), Tuple.of(status), page, size,
                row -> new OutboxView(row.getLong("id"), row.getString("message_key"), row.getString("channel"),
                        row.getLong("recipient_account_id"), row.getString("recipient_address"),
                        row.getString("subject"), row.getString("body"), row.getString("status"),
                        row.getInteger("attempts"), instant(row, "next_attempt_at"), row.getString("last_error"),
                        instant(row, "created_at"), instant(row, "sent_at")));
    }

    /** The messages of one status ({@code $1}), newest first. */
    static String list(String status) {
        return """
                select id, message_key, channel, recipient_account_id, recipient_address, subject, body, status,
                       attempts, next_attempt_at, last_error, created_at, sent_at
                """ + from(status) + " order by created_at desc, id desc";
    }

    /**
     * Each status's rows are in a partial index (V48: PENDING in the dispatcher's, the others in
     * outbox_status_time_idx); the condition beside {@code $1} tells the planner which, as a prepared statement's
     * generic plan cannot tell it from the parameter.
     */
    private static String from(String status) {
        return "from outbox_message where status = $1 and status " + ("PENDING".equals(status) ? "=" : "<>")
                + " 'PENDING'";
    }

    public Uni<PageResponse<SmsView>> sentSms(int page, int size) {
        return SqlPages.page(pool, "select id, phone, sender, body, sent_at from sms_log order by sent_at desc, id desc",
                "select 1 from sms_log", Tuple.tuple(), page, size,
                row -> new SmsView(row.getLong("id"), row.getString("phone"), row.getString("sender"),
                        row.getString("body"), instant(row, "sent_at")));
    }

    /** Puts a dead (or waiting) message back in line now, with a fresh count of attempts. */
    public Uni<Boolean> retry(long id) {
        return pool.preparedQuery("update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = $2"
                + " where id = $1 and status <> 'SENT'")
                .execute(Tuple.of(id, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<TemplateView>> templates() {
        return pool.query("select code, name, subject, body, version from message_template order by code").execute()
                .map(rows -> SqlPages.list(rows, row -> new TemplateView(row.getString("code"), row.getString("name"),
                        row.getString("subject"), row.getString("body"), row.getLong("version"))));
    }

    /** False when the template does not exist or was changed since {@code version}. */
    public Uni<Boolean> updateTemplate(String code, TemplateUpdate update) {
        return pool.preparedQuery("update message_template set subject = $2, body = $3, version = version + 1"
                + " where code = $1 and version = $4")
                .execute(Tuple.of(code, update.subject(), update.body(), update.version()))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    public record OutboxView(long id, String key, String channel, @Schema(nullable = true) Long recipientAccountId,
            @Schema(nullable = true) String recipientAddress, @Schema(nullable = true) String subject, String body,
            String status, int attempts, @Schema(nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) String lastError, Instant createdAt, @Schema(nullable = true) Instant sentAt) {
    }

    public record SmsView(long id, String phone, String sender, String body, Instant sentAt) {
    }

    public record TemplateView(String code, String name, String subject, String body, long version) {
    }

    public record TemplateUpdate(@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 2000) String body,
            long version) {
    }
}
