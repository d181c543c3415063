package vn.pakn.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Opaque keyset cursors: the sort keys of the last row of a page, so that the next page starts right after it with
 * an index seek instead of an OFFSET scan. Clients pass them back unchanged; they are not a security boundary (every
 * query still applies the caller's filters and unit).
 */
public final class Cursors {

    private static final String SEPARATOR = "|";

    private Cursors() {
    }

    /** The parts, none but the last of which may contain the separator. */
    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} parts of a cursor, or empty when it is not one this class made. */
    public static Optional<List<String>> decode(String cursor, int count) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split("\\" + SEPARATOR, count));
            return parts.size() == count ? Optional.of(parts) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
