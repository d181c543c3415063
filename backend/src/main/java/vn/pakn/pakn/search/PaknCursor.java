package vn.pakn.pakn.search;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.pakn.common.paging.Cursors;
import vn.pakn.pakn.search.PaknQuery.Keyset;
import vn.pakn.pakn.search.PaknQuery.Sort;

/** The lists' cursors: the sort, then the id and the sort value of the last row of a page. */
final class PaknCursor {

    private static final String EMPTY = "n";
    private static final String VALUE = "v";

    private PaknCursor() {
    }

    static String of(Sort sort, PaknRow last) {
        String value = sort.keyOf(last);
        return Cursors.encode(sort.name(), Long.toString(last.id()), value == null ? EMPTY : VALUE + value);
    }

    /** The keyset of a cursor made for this sort; empty when it is not one (another sort, or tampered with). */
    static Optional<Keyset> parse(String cursor, Sort sort) {
        Optional<List<String>> parts = Cursors.decode(cursor, 3);
        if (parts.isEmpty() || !parts.get().get(0).equals(sort.name())) {
            return Optional.empty();
        }
        String value = parts.get().get(2);
        try {
            long id = Long.parseLong(parts.get().get(1));
            if (value.equals(EMPTY)) {
                return Optional.of(new Keyset(sort.parameter(null), id));
            }
            if (!value.startsWith(VALUE)) {
                return Optional.empty();
            }
            return Optional.of(new Keyset(sort.parameter(value.substring(VALUE.length())), id));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
