package nl.thuisbasis.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SequencedMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables (a header row and rows of text) as files to download: CSV with semicolons, UTF-8 with a byte-order mark, and
 * XLSX with a sheet per table, numbers as numbers (text cells there are never formulas); no CSV cell opens as a
 * formula ({@link SpreadsheetCells#safe}).
 */
public final class TableFiles {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableFiles() {
    }

    public static byte[] csv(List<List<String>> table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            for (List<String> row : table) {
                printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook with a sheet per table: the sheet's name (in the reader's language) and its rows. */
    public static byte[] xlsx(SequencedMap<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, table) -> {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
                for (int r = 0; r < table.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < table.get(r).size(); c++) {
                        String value = table.get(r).get(c);
                        if (r > 0 && value.matches("-?\\d+(\\.\\d+)?")) {
                            row.createCell(c).setCellValue(Double.parseDouble(value));
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a download with its name. */
    public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
