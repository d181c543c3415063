package vn.pakn.pakn.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;

/**
 * The search form: keyword (title, content, code, reporter name and phone; diacritics and case ignored), progress,
 * channel, category, reported from/to (dates in the province's zone, both inclusive), status, step; sort and page,
 * or, instead of the page number, the cursor of the previous page ({@code after}).
 */
public record PaknQuery(String q, Progress progress, Long channelId, Long categoryId, LocalDate from, LocalDate to,
        PaknStatus status, Long stepId, Sort sort, int page, int size, Keyset after) {

    /** Where the page starts: right after the row with this sort value (null: an empty deadline) and id. */
    public record Keyset(Object value, long id) {
    }

    /**
     * The sort orders the lists offer; each ends with the id (or is unique) so that pages never overlap, and each
     * seeks its cursor with the same order, so that keyset pages equal offset pages.
     */
    public enum Sort {
        REPORTED_AT_DESC("p.reported_at", true, Kind.TIME, PaknRow::reportedAt),
        REPORTED_AT_ASC("p.reported_at", false, Kind.TIME, PaknRow::reportedAt),
        TITLE_ASC("p.title", false, Kind.TEXT, PaknRow::title),
        TITLE_DESC("p.title", true, Kind.TEXT, PaknRow::title),
        DEADLINE_ASC("p.deadline", false, Kind.OPTIONAL_TIME, PaknRow::deadline),
        DEADLINE_DESC("p.deadline", true, Kind.OPTIONAL_TIME, PaknRow::deadline),
        CODE_ASC("p.code", false, Kind.UNIQUE_TEXT, PaknRow::code),
        CODE_DESC("p.code", true, Kind.UNIQUE_TEXT, PaknRow::code);

        private enum Kind { TIME, OPTIONAL_TIME, TEXT, UNIQUE_TEXT }

        private final String column;
        private final boolean descending;
        private final Kind kind;
        private final Function<PaknRow, Object> key;

        Sort(String column, boolean descending, Kind kind, Function<PaknRow, Object> key) {
            this.column = column;
            this.descending = descending;
            this.kind = kind;
            this.key = key;
        }

        /** The ORDER BY clause. */
        public String sql() {
            String direction = descending ? " desc" : " asc";
            return switch (kind) {
                case UNIQUE_TEXT -> column + direction;
                case OPTIONAL_TIME -> column + direction + " nulls last, p.id" + direction;
                default -> column + direction + ", p.id" + direction;
            };
        }

        /** The rows after the keyset in this order; {@code value} and {@code id} are its parameter placeholders. */
        public String after(Keyset keyset, String value, String id) {
            String op = descending ? " < " : " > ";
            if (kind == Kind.UNIQUE_TEXT) {
                return column + op + value;
            }
            if (keyset.value() == null) {
                return "(" + column + " is null and p.id" + op + id + ")";
            }
            String seek = "(" + column + ", p.id)" + op + "(" + value + ", " + id + ")";
            return kind == Kind.OPTIONAL_TIME ? "(" + seek + " or " + column + " is null)" : seek;
        }

        /** The sort value of a row, as a cursor carries it. */
        String keyOf(PaknRow row) {
            Object value = key.apply(row);
            return value == null ? null : value.toString();
        }

        /** A cursor's sort value as a query parameter; an unreadable one throws. */
        Object parameter(String value) {
            if (value == null) {
                if (kind != Kind.OPTIONAL_TIME) {
                    throw new IllegalArgumentException("only an optional column may be empty");
                }
                return null;
            }
            return kind == Kind.TIME || kind == Kind.OPTIONAL_TIME
                    ? OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC) : value;
        }

        /** "reportedAt" or "-reportedAt" (descending). */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return REPORTED_AT_DESC;
            }
            boolean descending = value.startsWith("-");
            String field = descending ? value.substring(1) : value;
            String name = switch (field) {
                case "reportedAt" -> "REPORTED_AT";
                case "title" -> "TITLE";
                case "deadline" -> "DEADLINE";
                case "code" -> "CODE";
                default -> null;
            };
            if (name == null) {
                return null;
            }
            return valueOf(name + (descending ? "_DESC" : "_ASC"));
        }
    }
}
