package nl.thuisbasis.facility.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.domain.FacilityColumns;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.platform.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes facility spreadsheets (CSV and XLSX) in the one column layout of {@link FacilityColumns}.
 * Reading turns every cell into the text the column parser expects, whatever the file type; a file that cannot be
 * read at all is refused ({@value FacilityImport#REFUSED}) with the reason.
 */
final class FacilitySpreadsheets {

    /** A file read into its header and rows, each row with its line (CSV) or row number (XLSX) as people see it. */
    record Sheet(List<String> header, List<Line> lines) {
    }

    record Line(int number, Map<String, String> cells) {
    }

    private FacilitySpreadsheets() {
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static Sheet read(byte[] bytes) {
        return isXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
    }

    static Sheet readCsv(byte[] bytes) {
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
                throw unreadable("facility.import.problem.empty");
            }
            List<String> header = records.getFirst().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < record.size() ? unsafeCell(record.get(i)) : "");
                }
                lines.add(new Line((int) record.getRecordNumber(), cells));
            }
            return new Sheet(header, lines);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable("facility.import.problem.csv");
        }
    }

    static Sheet readXlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw unreadable("facility.import.problem.noSheets");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw unreadable("facility.import.problem.emptySheet");
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
            throw unreadable("facility.import.problem.xlsx");
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

    /** A file that cannot be read at all: refused as a whole, with the reason. */
    private static Refused unreadable(String key) {
        return Refused.invalid(FacilityImport.REFUSED, Problem.of(key));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
