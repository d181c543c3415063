package vn.pakn.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.unit.UnitKind;

/** The province's units, {@code demo/units.csv}: code, name, kind, parent_code (names may be quoted). */
final class UnitsCsv {

    static final String RESOURCE = "demo/units.csv";

    record Row(String code, String name, UnitKind kind, String parentCode) {
    }

    private UnitsCsv() {
    }

    /** Blocking (a class-path resource): call it on a worker thread. */
    static List<Row> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).skip(1).toList();
            List<Row> rows = new ArrayList<>(lines.size());
            for (String line : lines) {
                List<String> fields = fields(line);
                String parent = fields.size() > 3 && !fields.get(3).isBlank() ? fields.get(3) : null;
                rows.add(new Row(fields.get(0), fields.get(1), UnitKind.valueOf(fields.get(2)), parent));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
