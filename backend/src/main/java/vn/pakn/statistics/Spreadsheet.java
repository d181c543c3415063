package vn.pakn.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One report as an .xlsx sheet: its title, the filters and the time of export in the first rows, then the table
 * with a frozen header row. POI's deferred SXSSF generates the rows while it writes the file, so the first bytes
 * leave at once and only a window of rows is ever in memory, however many rows the source yields.
 */
final class Spreadsheet {

    /** How a column's cells are typed and shown. */
    enum Kind {
        TEXT, COUNT, PERCENT, DATE_TIME, DATE
    }

    /** A column: its Vietnamese header, its kind and its width in characters (fixed: rows are not kept to measure). */
    record Column(String header, Kind kind, int width) {
    }

    /** Feeds the rows, one array of values per row, in the order of the columns. */
    interface RowSource {
        void rows(RowSink sink) throws Exception;
    }

    interface RowSink {
        void row(Object... values);
    }

    private static final int WINDOW = 200;

    private Spreadsheet() {
    }

    static void write(OutputStream out, String title, List<String> headLines, List<Column> columns, RowSource source,
            ZoneId zone) throws IOException {
        DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW) {
            /** The fastest deflate: the file is still ~10× smaller than its XML, and writing stays ahead of COPY. */
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
        try {
            DeferredSXSSFSheet sheet = workbook.createSheet(title);
            CellStyle[] styles = styles(workbook, columns);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int headerRow = headLines.size() + 2;
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, Math.max(columns.get(i).width(), columns.get(i).header().length() + 2) * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRowGenerator(s -> generate(s, title, headLines, columns, source, zone, styles, bold, headerRow));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void generate(SXSSFSheet sheet, String title, List<String> headLines, List<Column> columns,
            RowSource source, ZoneId zone, CellStyle[] styles, CellStyle bold, int headerRow) throws Exception {
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(bold);
        for (int i = 0; i < headLines.size(); i++) {
            sheet.createRow(i + 1).createCell(0).setCellValue(headLines.get(i));
        }
        Row header = sheet.createRow(headerRow);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).header());
            header.getCell(i).setCellStyle(bold);
        }
        int[] next = {headerRow + 1};
        source.rows(values -> {
            Row row = sheet.createRow(next[0]++);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    set((SXSSFCell) row.createCell(i), values[i], columns.get(i).kind(), styles[i], zone);
                }
            }
        });
    }

    private static void set(SXSSFCell cell, Object value, Kind kind, CellStyle style, ZoneId zone) {
        switch (kind) {
            case COUNT, PERCENT -> cell.setCellValue(((Number) value).doubleValue());
            case DATE_TIME, DATE -> cell.setCellValue(value instanceof Instant instant
                    ? instant.atZone(zone).toLocalDateTime() : ((LocalDate) value).atStartOfDay());
            case TEXT -> cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static CellStyle[] styles(DeferredSXSSFWorkbook workbook, List<Column> columns) {
        short dateTime = workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm");
        short date = workbook.createDataFormat().getFormat("dd/mm/yyyy");
        short percent = workbook.createDataFormat().getFormat("0.0");
        short count = workbook.createDataFormat().getFormat("#,##0");
        CellStyle[] byKind = new CellStyle[Kind.values().length];
        for (Kind kind : Kind.values()) {
            Short format = switch (kind) {
                case DATE_TIME -> dateTime;
                case DATE -> date;
                case PERCENT -> percent;
                case COUNT -> count;
                case TEXT -> null;
            };
            if (format != null) {
                byKind[kind.ordinal()] = workbook.createCellStyle();
                byKind[kind.ordinal()].setDataFormat(format);
            }
        }
        return columns.stream().map(c -> byKind[c.kind().ordinal()]).toArray(CellStyle[]::new);
    }
}
