package nl.thuisbasis.outflow.monitor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.TableFiles;

/**
 * The monitor's tables as spreadsheets: one XLSX with a sheet per table, or one table as CSV (semicolons, UTF-8 with a
 * byte-order mark, no cell that opens as a formula). The same rows as on the page; aggregates only, no personal data.
 * Headers, sheet names, labels and months are in the reader's language; the file names stay as they are.
 */
final class MonitorDocuments {

    private MonitorDocuments() {
    }

    /** One table: the name of its sheet in the reader's language, and its header and rows. */
    record Table(String sheet, List<List<String>> rows) {
    }

    /**
     * The tables by the name in their CSV address (wachttijd, plafond, ...), in the order of the page; headers, sheet
     * names, labels and months in the reader's language.
     */
    static Map<String, Table> tables(OutflowMonitor.Report r, Messages messages) {
        Locale locale = Messages.locale();
        Function<String, String> t = key -> messages.text(locale, "out.monitor.file." + key);
        Map<String, Table> tables = new LinkedHashMap<>();
        OutflowMonitor.WaitSummary w = r.waits();
        tables.put("wachttijd", new Table(t.apply("waits.sheet"), List.of(
                List.of(t.apply("region"), t.apply("year"), t.apply("normMonths"), label(messages, locale, "WITHIN_NORM"),
                        t.apply("late"), label(messages, locale, "WAITING"), label(messages, locale, "WAITING_LATE"),
                        label(messages, locale, "WITHDRAWN"), t.apply("shareWithinNorm"), t.apply("medianDays")),
                List.of(r.regionName(), s(r.year()), s(r.norms().offerNormMonths()), s(w.withinNorm()), s(w.late()), s(w.waiting()),
                        s(w.waitingLate()), s(w.withdrawn()), s(w.shareWithinNorm()), s(w.medianDays())))));
        tables.put("contingent-gemeenten", new Table(t.apply("municipalities.sheet"),
                realisation(t.apply("municipality"), r.perMunicipality(), messages, locale)));
        tables.put("contingent-corporaties", new Table(t.apply("corporations.sheet"),
                realisation(t.apply("corporation"), r.perCorporation(), messages, locale)));
        List<List<String>> caps = new ArrayList<>();
        caps.add(List.of(t.apply("corporation"), t.apply("reportedVacancies"), t.apply("let"), t.apply("committed"),
                t.apply("allowed"), t.apply("sharePercent"), t.apply("capPercent"), t.apply("exceeded"), t.apply("notReported")));
        String yes = messages.text(locale, "out.yes");
        String no = messages.text(locale, "out.no");
        r.caps().forEach(c -> caps.add(List.of(c.corporationName(), s(c.reportedTotal()), s(c.let()), s(c.committed()), s(c.allowed()),
                s(c.sharePercent()), s(c.capPercent()), c.exceeded() ? yes : no, c.unknown() ? yes : no)));
        tables.put("plafond", new Table(t.apply("caps.sheet"), caps));
        List<List<String>> open = new ArrayList<>();
        open.add(List.of(t.apply("corporation"), t.apply("openOffers"),
                messages.text(locale, "out.monitor.file.stalledOffers", r.norms().stalledOfferDays())));
        r.openOffers().forEach(o -> open.add(List.of(o.corporationName(), s(o.open()), s(o.stalled()))));
        tables.put("open-aanbiedingen", new Table(t.apply("openOffers.sheet"), open));
        List<List<String>> outcomes = new ArrayList<>();
        outcomes.add(List.of(t.apply("outcome"), t.apply("count"), t.apply("signals"), t.apply("evictionsPrevented")));
        r.outcomes().forEach((k, v) -> outcomes.add(List.of(label(messages, locale, k), s(v), s(r.outcomeSignals().get(k)),
                s(r.outcomeEvictionsPrevented().get(k)))));
        tables.put("uitkomsten", new Table(t.apply("outcomes.sheet"), outcomes));
        List<List<String>> months = new ArrayList<>();
        months.add(List.of(t.apply("month"), t.apply("inflow"), t.apply("outflow")));
        r.months().forEach(m -> months.add(List.of(DateFormats.month(YearMonth.of(r.year(), m.month()), locale), s(m.inflow()),
                s(m.outflow()))));
        tables.put("per-maand", new Table(t.apply("months.sheet"), months));
        return tables;
    }

    private static String label(Messages messages, Locale locale, String stateOrOutcome) {
        String key = OutflowMonitor.label(stateOrOutcome);
        return messages.has(key) ? messages.text(locale, key) : stateOrOutcome;
    }

    private static List<List<String>> realisation(String what, List<OutflowMonitor.Realisation> rows, Messages messages,
            Locale locale) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(what, messages.text(locale, "out.monitor.file.contingent"), messages.text(locale, "out.quarter", 1),
                messages.text(locale, "out.quarter", 2), messages.text(locale, "out.quarter", 3), messages.text(locale, "out.quarter", 4),
                messages.text(locale, "out.monitor.file.realised")));
        rows.forEach(x -> table.add(List.of(x.name(), s(x.contingent()), s(x.perQuarter()[0]), s(x.perQuarter()[1]),
                s(x.perQuarter()[2]), s(x.perQuarter()[3]), s(x.total()))));
        return table;
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

    static byte[] csv(List<List<String>> table) {
        return TableFiles.csv(table);
    }

    static byte[] xlsx(Map<String, Table> tables) {
        java.util.LinkedHashMap<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        tables.values().forEach(t -> sheets.put(t.sheet(), t.rows()));
        return TableFiles.xlsx(sheets);
    }
}
