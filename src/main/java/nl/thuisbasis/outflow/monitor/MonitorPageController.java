package nl.thuisbasis.outflow.monitor;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.PageYears;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The outflow monitor: charts with tables, the records behind every figure, and the tables as XLSX and CSV. */
@Controller
class MonitorPageController {

    private final OutflowMonitor monitor;
    private final MonitorRecords records;
    private final OutflowSettings settings;
    private final JsonMapper json;
    private final Messages messages;

    MonitorPageController(OutflowMonitor monitor, MonitorRecords records, OutflowSettings settings, JsonMapper json,
            Messages messages) {
        this.monitor = monitor;
        this.records = records;
        this.settings = settings;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/uitstroom/monitor")
    String monitor(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        int year = PageYears.shown(jaar);
        OutflowMonitor.Report report = monitor.report(user, region.code(), year);
        model.addAttribute("r", report);
        model.addAttribute("years", PageYears.choices());
        // inside a <script type="application/json"> block: no "</script>" can close it early
        model.addAttribute("chartData", json.writeValueAsString(chartData(report)).replace("<", "\\u003c"));
        return "outflow/monitor";
    }

    /**
     * What the charts draw, in the page as JSON data (no script): the same numbers as the tables under them, and the
     * charts' words in the reader's language.
     */
    private Map<String, Object> chartData(OutflowMonitor.Report r) {
        Locale locale = Messages.locale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", r.months().stream().map(m -> DateFormats.month(YearMonth.of(r.year(), m.month()), locale)).toList());
        // the axis names a month in a short word of the reader's language (jan., feb., mrt. / Jan, Feb, Mar): twelve fit
        java.time.format.DateTimeFormatter shortMonth = java.time.format.DateTimeFormatter.ofPattern("MMM", locale);
        data.put("monthsShort", r.months().stream().map(m -> YearMonth.of(r.year(), m.month()).format(shortMonth)).toList());
        data.put("inflow", r.months().stream().map(OutflowMonitor.MonthRow::inflow).toList());
        data.put("outflow", r.months().stream().map(OutflowMonitor.MonthRow::outflow).toList());
        data.put("municipalities", r.perMunicipality().stream().map(OutflowMonitor.Realisation::name).toList());
        data.put("contingent", r.perMunicipality().stream().map(x -> x.contingent() == null ? 0 : x.contingent()).toList());
        data.put("realised", r.perMunicipality().stream().map(OutflowMonitor.Realisation::total).toList());
        data.put("corporations", r.caps().stream().map(OutflowMonitor.CapRow::corporationName).toList());
        data.put("capShare", r.caps().stream().map(c -> c.sharePercent() == null ? 0 : c.sharePercent()).toList());
        data.put("capPercent", r.norms().capPercent());
        // the same five rows as the table under the chart
        data.put("waits", List.of(r.waits().withinNorm(), r.waits().late(), r.waits().waiting(), r.waits().waitingLate(),
                r.waits().withdrawn()));
        data.put("outcomes", r.outcomes());
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("waits", java.util.stream.Stream.of("WITHIN_NORM", "LATE", "WAITING", "WAITING_LATE", "WITHDRAWN")
                .map(k -> messages.text(locale, "out.wait." + k)).toList());
        labels.put("outcomes", OutflowMonitor.OUTCOME_KEYS.stream().map(k -> messages.text(locale, "out.monitorOutcome." + k)).toList());
        for (String series : List.of("candidates", "contingent", "realised", "capShare", "cap", "agreements", "inflow", "outflow")) {
            labels.put(series, messages.text(locale, "out.monitor.chart." + series));
        }
        data.put("labels", labels);
        return data;
    }

    @GetMapping("/uitstroom/monitor/records")
    String records(@RequestParam(required = false) String jaar, @RequestParam(defaultValue = "") String figuur,
            @RequestParam(required = false) String sleutel, @RequestParam(required = false) Integer kwartaal,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        OutflowMonitor.Figure figure;
        try {
            figure = OutflowMonitor.Figure.valueOf(figuur);
        } catch (IllegalArgumentException e) {
            throw Refused.notFound();
        }
        int year = PageYears.shown(jaar);
        model.addAttribute("list", records.records(user, region.code(), year, figure, sleutel == null || sleutel.isBlank() ? null : sleutel,
                kwartaal));
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        return "outflow/records";
    }

    @GetMapping("/uitstroom/monitor/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user) {
        OutflowMonitor.Report report = monitor.report(user, settings.regionFor(user).code(), PageYears.shown(jaar));
        return file(MonitorDocuments.xlsx(MonitorDocuments.tables(report, messages)),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "uitstroommonitor-" + report.year() + ".xlsx");
    }

    @GetMapping("/uitstroom/monitor/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String jaar,
            @AuthenticationPrincipal CurrentUser user) {
        OutflowMonitor.Report report = monitor.report(user, settings.regionFor(user).code(), PageYears.shown(jaar));
        MonitorDocuments.Table rows = MonitorDocuments.tables(report, messages).get(table);
        if (rows == null) {
            throw Refused.notFound();
        }
        return file(MonitorDocuments.csv(rows.rows()), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "uitstroommonitor-" + table + "-" + report.year() + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
