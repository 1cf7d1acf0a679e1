package nl.thuisbasis.facility.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.domain.FacilityColumns;
import nl.thuisbasis.platform.SpreadsheetCells;
import nl.thuisbasis.platform.SpreadsheetFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes facility spreadsheets (CSV and XLSX) in the one column layout of {@link FacilityColumns}.
 * Reading turns every cell into the text the column parser expects, whatever the file type; a file that cannot be
 * read at all is refused ({@value FacilityImport#REFUSED}) with the reason.
 */
final class FacilitySpreadsheets {

    private FacilitySpreadsheets() {
    }

    static SpreadsheetFile.Sheet read(byte[] bytes) {
        return SpreadsheetFile.read(bytes, FacilityImport.REFUSED, "facility.import.problem");
    }

    static byte[] writeCsv(List<Facility> facilities) {
        StringBuilder out = new StringBuilder("\uFEFF"); // so Excel opens it as UTF-8
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            printer.printRecord(FacilityColumns.HEADERS);
            for (Facility f : facilities) {
                printer.printRecord(FacilityColumns.write(f).values().stream().map(FacilitySpreadsheets::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] writeXlsx(List<Facility> facilities) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("voorzieningen");
            Row header = sheet.createRow(0);
            for (int c = 0; c < FacilityColumns.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(FacilityColumns.HEADERS.get(c));
            }
            int r = 1;
            for (Facility f : facilities) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (String value : FacilityColumns.write(f).values()) {
                    row.createCell(c++).setCellValue(value);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safeCell(Object value) {
        return SpreadsheetCells.safe(value);
    }

    static String unsafeCell(String text) {
        return SpreadsheetCells.unsafe(text);
    }

}
