package vn.pakn.statistics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One report as an .xlsx sheet: its title, the filters and the time of export in the first rows, then the table
 * with a frozen header row. The file is written in one pass straight onto the response: the zip entries of the
 * fixed parts, then the sheet's XML row by row with inline strings. Only the first {@link #SAMPLE} rows are held,
 * to size the columns (the widths precede the rows in the file); the rest stream through.
 */
final class Spreadsheet {

    /** How a column's cells are typed and shown. */
    enum Kind {
        TEXT, COUNT, PERCENT, DATE_TIME, DATE
    }

    /** A column: its Vietnamese header, its kind and the widest it may grow to fit its cells, in characters. */
    record Column(String header, Kind kind, int width) {
    }

    /** Feeds the rows, one array of values per row, in the order of the columns. */
    interface RowSource {
        void rows(RowSink sink) throws Exception;
    }

    interface RowSink {
        void row(Object... values);
    }

    static final int SAMPLE = 500;
    private static final int MAX_TEXT = 32_767;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private Spreadsheet() {
    }

    static void write(OutputStream out, String title, List<String> headLines, List<Column> columns, RowSource source,
            ZoneId zone) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        for (String[] part : fixedParts(title)) {
            zip.putNextEntry(new ZipEntry(part[0]));
            xml.write(part[1]);
            xml.flush();
            zip.closeEntry();
        }
        zip.flush();
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        SheetWriter sheet = new SheetWriter(xml, title, headLines, columns, zone);
        try {
            source.rows(sheet::row);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        sheet.finish();
        xml.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** Writes the sheet's XML: the top rows and header once the sample is sized, then every row as it comes. */
    private static final class SheetWriter {
        private final Writer xml;
        private final String title;
        private final List<String> headLines;
        private final List<Column> columns;
        private final ZoneId zone;
        private final String[] letters;
        private final List<Object[]> sample = new ArrayList<>();
        private int rowNumber;
        private boolean sized;

        SheetWriter(Writer xml, String title, List<String> headLines, List<Column> columns, ZoneId zone) {
            this.xml = xml;
            this.title = title;
            this.headLines = headLines;
            this.columns = columns;
            this.zone = zone;
            this.letters = new String[columns.size()];
            for (int i = 0; i < letters.length; i++) {
                letters[i] = columnLetters(i);
            }
        }

        void row(Object... values) {
            try {
                if (!sized) {
                    sample.add(values.clone());
                    if (sample.size() == SAMPLE) {
                        flushSample();
                    }
                } else {
                    cells(values);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            if (!sized) {
                flushSample();
            }
            xml.write("</sheetData></worksheet>");
        }

        private void flushSample() throws IOException {
            int headerRow = headLines.size() + 3;
            xml.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheetViews>"
                    + "<sheetView workbookViewId=\"0\"><pane ySplit=\"" + headerRow + "\" topLeftCell=\"A"
                    + (headerRow + 1) + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><cols>");
            for (int i = 0; i < columns.size(); i++) {
                xml.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + width(i)
                        + "\" customWidth=\"1\"/>");
            }
            xml.write("</cols><sheetData>");
            textRow(List.of(title), Style.BOLD);
            for (String line : headLines) {
                textRow(List.of(line), Style.NONE);
            }
            rowNumber++;
            textRow(columns.stream().map(Column::header).toList(), Style.BOLD);
            for (Object[] values : sample) {
                cells(values);
            }
            sample.clear();
            sized = true;
        }

        private int width(int column) {
            Column c = columns.get(column);
            int fit = switch (c.kind()) {
                case DATE_TIME -> 17;
                case DATE -> 12;
                default -> 6;
            };
            for (Object[] values : sample) {
                if (column < values.length && values[column] != null && c.kind() != Kind.DATE_TIME
                        && c.kind() != Kind.DATE) {
                    fit = Math.max(fit, values[column].toString().length() + 2);
                }
            }
            return Math.max(c.header().length() + 2, Math.min(fit, Math.max(c.width(), 8)));
        }

        private void textRow(List<String> texts, Style style) throws IOException {
            rowNumber++;
            xml.write("<row r=\"" + rowNumber + "\">");
            for (int i = 0; i < texts.size(); i++) {
                text(i, texts.get(i), style);
            }
            xml.write("</row>\n");
        }

        private void cells(Object[] values) throws IOException {
            rowNumber++;
            xml.write("<row r=\"" + rowNumber + "\">");
            for (int i = 0; i < values.length && i < columns.size(); i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                switch (columns.get(i).kind()) {
                    case TEXT -> text(i, value.toString(), Style.NONE);
                    case COUNT -> number(i, value, Style.COUNT);
                    case PERCENT -> number(i, value, Style.PERCENT);
                    case DATE_TIME -> number(i, serial(value), Style.DATE_TIME);
                    case DATE -> number(i, serial(value), Style.DATE);
                }
            }
            xml.write("</row>\n");
        }

        private void text(int column, String value, Style style) throws IOException {
            xml.write("<c r=\"" + letters[column] + rowNumber + "\"" + style.attribute
                    + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escape(value);
            xml.write("</t></is></c>");
        }

        private void number(int column, Object value, Style style) throws IOException {
            String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            xml.write("<c r=\"" + letters[column] + rowNumber + "\"" + style.attribute + "><v>" + text + "</v></c>");
        }

        /** The date as Excel's serial number: days since 1899-12-30, the time of day as the fraction. */
        private Object serial(Object value) {
            LocalDateTime time = value instanceof Instant instant ? instant.atZone(zone).toLocalDateTime()
                    : value instanceof LocalDateTime local ? local : ((LocalDate) value).atStartOfDay();
            long days = time.toLocalDate().toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
            int seconds = time.toLocalTime().toSecondOfDay();
            return seconds == 0 ? Long.toString(days) : Double.toString(days + seconds / 86_400d);
        }

        /** XML-escapes the text and drops what XML 1.0 cannot carry (control characters, lone surrogates). */
        private void escape(String value) throws IOException {
            int end = Math.min(value.length(), MAX_TEXT);
            for (int i = 0; i < end; i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '&' -> xml.write("&amp;");
                    case '<' -> xml.write("&lt;");
                    case '>' -> xml.write("&gt;");
                    default -> {
                        if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                            xml.write(ch);
                            xml.write(value.charAt(++i));
                        } else if (ch == '\t' || ch == '\n' || ch == '\r'
                                || (ch >= 0x20 && ch < 0xD800) || (ch >= 0xE000 && ch <= 0xFFFD)) {
                            xml.write(ch);
                        }
                    }
                }
            }
        }
    }

    /** The cell styles of styles.xml, by their index in cellXfs. */
    private enum Style {
        NONE(""), BOLD(" s=\"1\""), DATE_TIME(" s=\"2\""), DATE(" s=\"3\""), PERCENT(" s=\"4\""), COUNT(" s=\"5\"");

        final String attribute;

        Style(String attribute) {
            this.attribute = attribute;
        }
    }

    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static List<String[]> fixedParts(String title) {
        String sheetName = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        sheetName = sheetName.substring(0, Math.min(31, sheetName.length())).replace("&", "&amp;").replace("<", "&lt;")
                .replace("\"", "&quot;");
        String types = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return List.of(
                new String[] {"[Content_Types].xml", HEAD
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + types + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + types + "worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + types + "styles+xml\"/></Types>"},
                new String[] {"_rels/.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"},
                new String[] {"xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\">"
                    + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                new String[] {"xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>"},
                new String[] {"xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"166\" formatCode=\"0.0\"/>"
                    + "</numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                    + "</cellStyles></styleSheet>"});
    }
}
