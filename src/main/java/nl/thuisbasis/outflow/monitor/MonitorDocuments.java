package nl.thuisbasis.outflow.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monitor's tables as spreadsheets: one XLSX with a sheet per table, or one table as CSV (semicolons, UTF-8 with a
 * byte-order mark, no cell that opens as a formula). The same rows as on the page; aggregates only, no personal data.
 */
final class MonitorDocuments {

    private MonitorDocuments() {
    }

    /** Table name -> header + rows, in the order of the page. */
    static Map<String, List<List<String>>> tables(OutflowMonitor.Report r) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        OutflowMonitor.WaitSummary w = r.waits();
        tables.put("wachttijd", List.of(
                List.of("regio", "jaar", "norm (maanden)", "aanbod binnen de norm", "aanbod te laat", "wacht, nog binnen de norm",
                        "wacht, norm verstreken", "teruggetrokken zonder aanbod", "aandeel binnen de norm (%)", "mediaan dagen tot aanbod"),
                List.of(r.regionName(), s(r.year()), s(r.norms().offerNormMonths()), s(w.withinNorm()), s(w.late()), s(w.waiting()),
                        s(w.waitingLate()), s(w.withdrawn()), s(w.shareWithinNorm()), s(w.medianDays()))));
        tables.put("contingent-gemeenten", realisation("gemeente", r.perMunicipality()));
        tables.put("contingent-corporaties", realisation("corporatie", r.perCorporation()));
        List<List<String>> caps = new ArrayList<>();
        caps.add(List.of("corporatie", "vrijgekomen woningen (gemeld)", "verhuurd aan uitstromers", "voorgesteld of aangeboden",
                "toegestaan", "aandeel (%)", "plafond (%)", "overschreden", "totaal niet gemeld"));
        r.caps().forEach(c -> caps.add(List.of(c.corporationName(), s(c.reportedTotal()), s(c.let()), s(c.committed()), s(c.allowed()),
                s(c.sharePercent()), s(c.capPercent()), c.exceeded() ? "ja" : "nee", c.unknown() ? "ja" : "nee")));
        tables.put("plafond", caps);
        List<List<String>> open = new ArrayList<>();
        open.add(List.of("corporatie", "aanbiedingen zonder antwoord (vandaag)",
                "waarvan vastgelopen (na " + r.norms().stalledOfferDays() + " dagen)"));
        r.openOffers().forEach(o -> open.add(List.of(o.corporationName(), s(o.open()), s(o.stalled()))));
        tables.put("open-aanbiedingen", open);
        List<List<String>> outcomes = new ArrayList<>();
        outcomes.add(List.of("uitkomst bij het afgesproken einde", "aantal"));
        r.outcomes().forEach((k, v) -> outcomes.add(List.of(k, s(v))));
        tables.put("uitkomsten", outcomes);
        List<List<String>> months = new ArrayList<>();
        months.add(List.of("maand", "instroom (urgentie verleend)", "uitstroom (huurzorgovereenkomst gestart)"));
        r.months().forEach(m -> months.add(List.of(r.year() + "-" + (m.month() < 10 ? "0" : "") + m.month(), s(m.inflow()), s(m.outflow()))));
        tables.put("per-maand", months);
        return tables;
    }

    private static List<List<String>> realisation(String what, List<OutflowMonitor.Realisation> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(what, "contingent", "K1", "K2", "K3", "K4", "gerealiseerd"));
        rows.forEach(x -> table.add(List.of(x.name(), s(x.contingent()), s(x.perQuarter()[0]), s(x.perQuarter()[1]),
                s(x.perQuarter()[2]), s(x.perQuarter()[3]), s(x.total()))));
        return table;
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

    static byte[] csv(List<List<String>> table) {
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

    static byte[] xlsx(Map<String, List<List<String>>> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            tables.forEach((name, table) -> {
                Sheet sheet = workbook.createSheet(name);
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
}
