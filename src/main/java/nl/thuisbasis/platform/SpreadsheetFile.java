package nl.thuisbasis.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a spreadsheet that people upload (CSV or XLSX) into its header (lower case) and rows of text cells, each row
 * with its line (CSV) or row number (XLSX) as people see it. Every cell becomes the text a column parser expects,
 * whatever the file type. Used by every upload of a table (facilities, instruments, ...).
 */
public final class SpreadsheetFile {

    /** A file read into its header and rows. */
    public record Sheet(List<String> header, List<Line> lines) {
    }

    /** A row of a file: its number as people see it, and its cells by (lower-case) column name. */
    public record Line(int number, Map<String, String> cells) {
    }

    private SpreadsheetFile() {
    }

    public static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * Reads a CSV (UTF-8, with or without BOM, comma or semicolon) or XLSX file (its first sheet). A file that cannot be
     * read at all is refused with {@code refusedCode} and the key {@code keyPrefix + ".empty" | ".csv" | ".noSheets" |
     * ".emptySheet" | ".xlsx"}.
     */
    public static Sheet read(byte[] bytes, String refusedCode, String keyPrefix) {
        return isXlsx(bytes) ? readXlsx(bytes, refusedCode, keyPrefix) : readCsv(bytes, refusedCode, keyPrefix);
    }

    static Sheet readCsv(byte[] bytes, String refusedCode, String keyPrefix) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .get().parse(new StringReader(text)).getRecords();
            if (records.isEmpty()) {
                throw unreadable(refusedCode, keyPrefix + ".empty");
            }
            List<String> header = records.getFirst().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < record.size() ? SpreadsheetCells.unsafe(record.get(i)) : "");
                }
                lines.add(new Line((int) record.getRecordNumber(), cells));
            }
            return new Sheet(header, lines);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable(refusedCode, keyPrefix + ".csv");
        }
    }

    static Sheet readXlsx(byte[] bytes, String refusedCode, String keyPrefix) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw unreadable(refusedCode, keyPrefix + ".noSheets");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw unreadable(refusedCode, keyPrefix + ".emptySheet");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String> header = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                header.add(text(headerRow.getCell(c), formatter, evaluator).trim().toLowerCase(Locale.ROOT));
            }
            while (!header.isEmpty() && header.getLast().isEmpty()) {
                header.removeLast();
            }
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < header.size(); c++) {
                    String value = text(row.getCell(c), formatter, evaluator);
                    empty &= value.isBlank();
                    cells.put(header.get(c), value);
                }
                if (!empty) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return new Sheet(header, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw unreadable(refusedCode, keyPrefix + ".xlsx");
        }
    }

    /** A cell as text: numbers without grouping and with a point, dates as 2024-03-01, formulas by their result. */
    private static String text(Cell cell, DataFormatter formatter, org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nee";
            case STRING -> cell.getStringCellValue();
            case BLANK, ERROR, _NONE -> "";
            default -> formatter.formatCellValue(cell, evaluator);
        };
    }

    /** A file that cannot be read at all: refused as a whole, with the reason. */
    private static Refused unreadable(String code, String key) {
        return Refused.invalid(code, Problem.of(key));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
