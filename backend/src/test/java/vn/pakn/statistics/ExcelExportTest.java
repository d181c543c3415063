package vn.pakn.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.statistics.StatsData.Item;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** The exported files opened again with Apache POI: the first rows, the headers, the rows and the cell types. */
@QuarkusTest
class ExcelExportTest {

    private static final String YEAR = "from=2006-01-01&to=2006-12-31";
    private static final int ITEMS = 120;

    @Inject
    StatsData stats;
    @Inject
    TestData data;

    static long unit;
    static String operator;

    @BeforeEach
    void items() {
        if (unit != 0) {
            return;
        }
        unit = data.unit("Sở Xuất Excel", UnitKind.DEPARTMENT);
        operator = data.token(data.account(data.unit("Trung tâm 1022 Excel", UnitKind.CALL_CENTER), Role.OPERATOR));
        long category = stats.category("DAT_DAI");
        long channel = stats.channel("EMAIL");
        for (int i = 0; i < ITEMS; i++) {
            stats.insert(new Item(LocalDate.of(2006, 1, 1).plusDays(i * 3L), unit, category, channel,
                    i % 3 == 0 ? "COMPLETED" : "WAITING", i % 2 == 0, i % 3 == 0 ? "ON_TIME" : "NOT_DUE", false,
                    i % 6 == 0 ? "SATISFIED" : null));
        }
    }

    @Test
    void theListFileHasTheFiltersTheHeadersAndEveryRowTyped() throws IOException {
        Response response = given().auth().oauth2(operator).get("/api/v1/statistics/list/export?" + YEAR);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"thong-ke-list-\\d{8}-\\d{4}\\.xlsx\"");
        assertThat(response.header("Content-Length")).isNull();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách phản ánh");
            List<String> head = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                head.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(head).containsExactly("Thời gian: từ ngày 01/01/2006 đến ngày 31/12/2006",
                    "Đơn vị xử lý: Tất cả", "Chuyên mục: Tất cả", "Hình thức tiếp nhận: Tất cả", "Trạng thái: Tất cả",
                    "Tiến độ: Tất cả", head.get(6));
            assertThat(head.get(6)).matches("Thời điểm xuất: \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            Row header = sheet.getRow(9);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Người phản ánh");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Ngày tạo phản ánh");
            assertThat(header.getCell(16).getStringCellValue()).isEqualTo("Đánh giá");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 10);
            assertThat(sheet.getLastRowNum() - 9).isEqualTo(ITEMS);
            Row first = sheet.getRow(10);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
            assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2006, 1, 1).plusDays((ITEMS - 1) * 3L));
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("Sở Xuất Excel");
            assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void eachCountingReportExportsTheTableItShows() throws IOException {
        String filters = YEAR + "&unitId=" + unit;
        try (XSSFWorkbook workbook = export("rating", filters)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Thống kê đánh giá");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đơn vị xử lý: Sở Xuất Excel");
            Row header = sheet.getRow(7);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Hài lòng");
            Row row = sheet.getRow(8);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Sở Xuất Excel");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(20.0);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
        }
        try (XSSFWorkbook workbook = export("progress", filters)) {
            assertThat(workbook.getSheetAt(0).getRow(8).getCell(2).getNumericCellValue()).isEqualTo(40.0);
        }
        try (XSSFWorkbook workbook = export("identity", filters)) {
            assertThat(workbook.getSheetAt(0).getRow(8).getCell(2).getNumericCellValue()).isEqualTo(60.0);
        }
        try (XSSFWorkbook workbook = export("status", filters)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Hình thức tiếp nhận");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Email");
            assertThat(sheet.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(ITEMS);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(8).getCell(7))).isTrue();
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(12).getCell(0).getStringCellValue()).isEqualTo("Theo đơn vị xử lý");
            assertThat(sheet.getRow(13).getCell(0).getStringCellValue()).isEqualTo("Sở Xuất Excel");
            assertThat(sheet.getRow(13).getCell(1).getNumericCellValue()).isEqualTo(ITEMS);
            assertThat(sheet.getRow(13).getCell(6).getNumericCellValue()).isEqualTo(ITEMS / 3);
        }
    }

    private static XSSFWorkbook export(String report, String filters) throws IOException {
        Response response = given().auth().oauth2(operator).get("/api/v1/statistics/" + report + "/export?"
                + filters);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).contains("thong-ke-" + report + "-");
        return new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()));
    }
}
