package vn.pakn.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.statistics.Spreadsheet.Kind.COUNT;
import static vn.pakn.statistics.Spreadsheet.Kind.DATE;
import static vn.pakn.statistics.Spreadsheet.Kind.DATE_TIME;
import static vn.pakn.statistics.Spreadsheet.Kind.PERCENT;
import static vn.pakn.statistics.Spreadsheet.Kind.TEXT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.pakn.statistics.Spreadsheet.Column;

/** Our .xlsx writer's output opened with Apache POI: layout, typed cells, widths, text XML cannot carry. */
class SpreadsheetTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<Column> COLUMNS = List.of(new Column("STT", COUNT, 8), new Column("Tiêu đề", TEXT, 50),
            new Column("Ngày tạo", DATE_TIME, 17), new Column("Tuần", DATE, 12), new Column("Tỷ lệ (%)", PERCENT, 10));
    private static final Instant REPORTED = LocalDateTime.of(2026, 3, 2, 14, 30).atZone(ZONE).toInstant();

    @Test
    void aFileOfMoreRowsThanTheSampleHasItsTopRowsFrozenHeaderAndEveryRowTyped() throws IOException {
        int rows = Spreadsheet.SAMPLE * 3 + 7;
        try (XSSFWorkbook workbook = write(rows, i -> "Ô nhiễm tiếng ồn số " + i)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Danh sách phản ánh");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách phản ánh");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Thời gian: từ ngày 01/01/2026");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Thời điểm xuất: 02/03/2026 15:00");
            assertThat(sheet.getRow(3)).isNull();
            Row header = sheet.getRow(4);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tiêu đề");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(sheet.getLastRowNum()).isEqualTo(4 + rows);
            for (int i = 1; i <= rows; i += 97) {
                Row row = sheet.getRow(4 + i);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Ô nhiễm tiếng ồn số " + i);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
                assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 14, 30));
                assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 23));
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(33.3);
            }
        }
    }

    @Test
    void columnsFitTheirTextUpToTheirWidestAndTheHeader() throws IOException {
        try (XSSFWorkbook workbook = write(3, i -> "x".repeat(i * 30))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0) / 256).isEqualTo(6);
            assertThat(sheet.getColumnWidth(1) / 256).isEqualTo(50);
            assertThat(sheet.getColumnWidth(2) / 256).isEqualTo(17);
        }
        try (XSSFWorkbook workbook = write(2, i -> "ngắn")) {
            assertThat(workbook.getSheetAt(0).getColumnWidth(1) / 256).isEqualTo("Tiêu đề".length() + 2);
        }
    }

    @Test
    void markupIsEscapedAndCharactersXmlCannotCarryAreDropped() throws IOException {
        try (XSSFWorkbook workbook = write(1, i -> "  <b>Đường & cầu</b>\u0001\u0007 \"x\" \uD83D\uDE00\uD800 ")) {
            Row row = workbook.getSheetAt(0).getRow(5);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("  <b>Đường & cầu</b> \"x\" \uD83D\uDE00 ");
        }
    }

    @Test
    void aTableWithoutRowsStillHasItsHeader() throws IOException {
        try (XSSFWorkbook workbook = write(0, i -> "")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("STT");
        }
    }

    private static XSSFWorkbook write(int rows, java.util.function.IntFunction<String> title) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(out, "Danh sách phản ánh",
                List.of("Thời gian: từ ngày 01/01/2026", "Thời điểm xuất: 02/03/2026 15:00"), COLUMNS, sink -> {
                    for (int i = 1; i <= rows; i++) {
                        sink.row((long) i, title.apply(i), REPORTED, LocalDate.of(2026, 2, 23), new BigDecimal("33.3"));
                    }
                }, ZONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
