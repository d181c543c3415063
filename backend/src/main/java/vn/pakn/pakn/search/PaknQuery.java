package vn.pakn.pakn.search;

import java.time.LocalDate;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;

/**
 * The search form: keyword (title, content, code, reporter name and phone; diacritics and case ignored), progress,
 * channel, category, reported from/to (dates in the province's zone, both inclusive), status, step; sort and page.
 */
public record PaknQuery(String q, Progress progress, Long channelId, Long categoryId, LocalDate from, LocalDate to,
        PaknStatus status, Long stepId, Sort sort, int page, int size) {

    /** The sort orders the lists offer; each ends with the id so that pages never overlap. */
    public enum Sort {
        REPORTED_AT_DESC("p.reported_at desc, p.id desc"),
        REPORTED_AT_ASC("p.reported_at asc, p.id asc"),
        TITLE_ASC("p.title asc, p.id asc"),
        TITLE_DESC("p.title desc, p.id desc"),
        DEADLINE_ASC("p.deadline asc nulls last, p.id asc"),
        DEADLINE_DESC("p.deadline desc nulls last, p.id desc"),
        CODE_ASC("p.code asc"),
        CODE_DESC("p.code desc");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
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
