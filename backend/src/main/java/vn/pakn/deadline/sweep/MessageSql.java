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

    /** The part of a message key that names a deadline: its epoch milliseconds. */
    static String deadlineKey(String column) {
        return "(extract(epoch from " + column + ") * 1000)::bigint";
    }
}
