package nl.thuisbasis.facility.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.thuisbasis.facility.domain.FacilityColumns;
import nl.thuisbasis.facility.domain.Texts;
import nl.thuisbasis.platform.Refused;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading facility spreadsheets")
class FacilitySpreadsheetsTest {

    @Test
    void a_dutch_excel_csv_with_semicolons_and_a_byte_order_mark_reads_by_column_name() {
        byte[] csv = "\uFEFFnaam;capaciteit;lengtegraad\r\n\"Huis; met puntkomma\";12;4,67\r\n".getBytes(StandardCharsets.UTF_8);
        nl.thuisbasis.platform.SpreadsheetFile.Sheet sheet = FacilitySpreadsheets.read(csv);
        assertThat(sheet.header()).containsExactly("naam", "capaciteit", "lengtegraad");
        assertThat(sheet.lines()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.cells()).containsEntry("naam", "Huis; met puntkomma").containsEntry("lengtegraad", "4,67");
        });
    }

    @Test
    void excel_numbers_dates_booleans_and_formulas_become_the_text_the_columns_expect() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] names = {"naam", "capaciteit", "lengtegraad", "geopend_op", "openbaar", "breedtegraad"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Skaeve Huse");
            row.createCell(1).setCellValue(5.0);
            row.createCell(2).setCellValue(4.726792);
            var date = row.createCell(3);
            date.setCellValue(LocalDate.of(2018, 9, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            date.setCellStyle(style);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellFormula("51.82+0.0006");
            sheet.createRow(2); // an empty row is skipped
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        nl.thuisbasis.platform.SpreadsheetFile.Sheet sheet = FacilitySpreadsheets.read(xlsx);
        assertThat(sheet.lines()).singleElement().satisfies(line -> assertThat(line.cells())
                .containsEntry("capaciteit", "5").containsEntry("lengtegraad", "4.726792")
                .containsEntry("geopend_op", "2018-09-01").containsEntry("openbaar", "ja")
                .containsEntry("breedtegraad", "51.8206"));
    }

    @Test
    void a_file_that_is_neither_csv_nor_xlsx_is_unreadable_with_a_dutch_reason() {
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> FacilitySpreadsheets.read(brokenZip)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.problems()).singleElement().extracting(Texts::text).asString().contains("Excel"));
        assertThatThrownBy(() -> FacilitySpreadsheets.read(new byte[0])).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.problems()).singleElement().extracting(Texts::text).asString().contains("leeg"));
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused_and_read_back_unchanged() {
        assertThat(FacilitySpreadsheets.safeCell("=HYPERLINK(\"http://x\")")).startsWith("'=");
        assertThat(FacilitySpreadsheets.safeCell("@SUM(1)")).startsWith("'@");
        assertThat(FacilitySpreadsheets.safeCell("-12.5")).isEqualTo("-12.5");
        assertThat(FacilitySpreadsheets.safeCell("Skaeve Huse")).isEqualTo("Skaeve Huse");
        assertThat(FacilitySpreadsheets.unsafeCell(FacilitySpreadsheets.safeCell("=1+1"))).isEqualTo("=1+1");
    }

    @Test
    void an_export_writes_the_import_header() {
        String csv = new String(FacilitySpreadsheets.writeCsv(java.util.List.of()), StandardCharsets.UTF_8);
        assertThat(csv.substring(1).trim()).isEqualTo(String.join(";", FacilityColumns.HEADERS));
    }
}
