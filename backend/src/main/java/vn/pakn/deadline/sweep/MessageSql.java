package vn.pakn.deadline.sweep;

import java.util.Map;

/**
 * Message texts filled in SQL for a whole chunk, as {@code notify.Outbox} fills one: each {placeholder} of an
 * editable template replaced by its value, a missing value by nothing.
 */
final class MessageSql {

    /** The channels of deadline messages, as for the next officer's message: an SMS and the bell. */
    static final String CHANNELS = "(values ('SMS'), ('IN_APP')) as channel(name)";

    private MessageSql() {
    }

    /** An SQL expression: {@code template} (an SQL expression) with each placeholder replaced by its expression. */
    static String render(String template, Map<String, String> values) {
        String sql = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql = "replace(" + sql + ", '{" + value.getKey() + "}', coalesce(" + value.getValue() + ", ''))";
        }
        return sql;
    }

    /** An SQL expression showing the timestamp {@code column} as people read it, in the zone named by {@code zone}. */
    static String dateTime(String column, String zone) {
        return "to_char(" + column + " at time zone " + zone + ", 'DD/MM/YYYY HH24:MI')";
    }

    /**
     * The insert of a chunk's messages into the outbox: one per row of {@code recipients} (a CTE, aliased
     * {@code alias}, with pakn_id, account_id and phone) and channel, the text rendered from the row {@code t} that
     * {@code template} joins. The key (kind, item, deadline, officer, channel) makes a second message impossible.
     */
    static String outbox(String kind, String recipients, String alias, String template, String deadline,
            Map<String, String> values) {
        return """
                insert into outbox_message (id, message_key, channel, recipient_account_id, recipient_address, subject,
                                            body, link, next_attempt_at, created_at)
                select nextval('outbox_message_seq'),
                       '%1$s:' || %2$s.pakn_id || ':' || %3$s || ':' || %2$s.account_id || ':' || channel.name,
                       channel.name, %2$s.account_id, case channel.name when 'SMS' then %2$s.phone end,
                       %4$s, %5$s, '/pakn/' || %2$s.pakn_id, $1, $1
                from %6$s %2$s
                cross join %7$s
                cross join %8$s
                on conflict (message_key) do nothing
                returning 1""".formatted(kind, alias, deadlineKey(deadline), render("t.subject", values),
                render("t.body", values), recipients, template, CHANNELS);
    }

    /** The part of a message key that names a deadline: its epoch milliseconds. */
    static String deadlineKey(String column) {
        return "(extract(epoch from " + column + ") * 1000)::bigint";
    }
}
