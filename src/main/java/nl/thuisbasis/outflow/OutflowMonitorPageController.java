package nl.thuisbasis.outflow;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.Eligibility;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The outflow monitor (charts with tables, the records behind every figure, exports), contingents and the region's rules. */
@Controller
class OutflowMonitorPageController {

    private final OutflowMonitor monitor;
    private final Contingents contingents;
    private final OutflowSettings settings;
    private final JsonMapper json;
    private final OutflowNames names;

    OutflowMonitorPageController(OutflowMonitor monitor, Contingents contingents, OutflowSettings settings, JsonMapper json,
            OutflowNames names) {
        this.monitor = monitor;
        this.contingents = contingents;
        this.settings = settings;
        this.json = json;
        this.names = names;
    }

    private static int year(String jaar) {
        try {
            int y = jaar == null || jaar.isBlank() ? LocalDate.now(Candidates.ZONE).getYear() : Integer.parseInt(jaar.trim());
            return y < 2000 || y > 2100 ? LocalDate.now(Candidates.ZONE).getYear() : y;
        } catch (NumberFormatException e) {
            return LocalDate.now(Candidates.ZONE).getYear();
        }
    }

    private static List<Integer> years() {
        int now = LocalDate.now(Candidates.ZONE).getYear();
        return List.of(now - 2, now - 1, now, now + 1);
    }

    @GetMapping("/uitstroom/monitor")
    String monitor(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        int year = year(jaar);
        OutflowMonitor.Report report = monitor.report(user, region.code(), year);
        model.addAttribute("r", report);
        model.addAttribute("years", years());
        // inside a <script type="application/json"> block: no "</script>" can close it early
        model.addAttribute("chartData", json.writeValueAsString(chartData(report)).replace("<", "\\u003c"));
        return "outflow/monitor";
    }

    /** What the charts draw, in the page as JSON data (no script): the same numbers as the tables under them. */
    private static Map<String, Object> chartData(OutflowMonitor.Report r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", r.months().stream().map(m -> r.year() + "-" + (m.month() < 10 ? "0" : "") + m.month()).toList());
        data.put("inflow", r.months().stream().map(OutflowMonitor.MonthRow::inflow).toList());
        data.put("outflow", r.months().stream().map(OutflowMonitor.MonthRow::outflow).toList());
        data.put("municipalities", r.perMunicipality().stream().map(OutflowMonitor.Realisation::name).toList());
        data.put("contingent", r.perMunicipality().stream().map(x -> x.contingent() == null ? 0 : x.contingent()).toList());
        data.put("realised", r.perMunicipality().stream().map(OutflowMonitor.Realisation::total).toList());
        data.put("corporations", r.caps().stream().map(OutflowMonitor.CapRow::corporationName).toList());
        data.put("capShare", r.caps().stream().map(c -> c.sharePercent() == null ? 0 : c.sharePercent()).toList());
        data.put("capPercent", r.norms().capPercent());
        data.put("waits", List.of(r.waits().withinNorm(), r.waits().late(), r.waits().waiting(), r.waits().waitingLate()));
        data.put("outcomes", r.outcomes());
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
            throw CandidatePageController.notFound();
        }
        int year = year(jaar);
        model.addAttribute("list", monitor.records(user, region.code(), year, figure, sleutel == null || sleutel.isBlank() ? null : sleutel,
                kwartaal));
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        return "outflow/records";
    }

    @GetMapping("/uitstroom/monitor/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user) {
        OutflowMonitor.Report report = monitor.report(user, settings.regionFor(user).code(), year(jaar));
        return file(MonitorDocuments.xlsx(MonitorDocuments.tables(report)),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "uitstroommonitor-" + report.year() + ".xlsx");
    }

    @GetMapping("/uitstroom/monitor/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String jaar,
            @AuthenticationPrincipal CurrentUser user) {
        OutflowMonitor.Report report = monitor.report(user, settings.regionFor(user).code(), year(jaar));
        List<List<String>> rows = MonitorDocuments.tables(report).get(table);
        if (rows == null) {
            throw CandidatePageController.notFound();
        }
        return file(MonitorDocuments.csv(rows), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "uitstroommonitor-" + table + "-" + report.year() + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    // ---- contingents

    @GetMapping("/uitstroom/contingenten")
    String contingents(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user, Model model) {
        return contingentPage(user, year(jaar), model, List.of(), Map.of(), null);
    }

    private String contingentPage(CurrentUser user, int year, Model model, List<String> problems, Map<String, String> entered,
            Contingents.Preview preview) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("decided", contingents.decided(region.code(), year).orElse(null));
        model.addAttribute("shares", contingents.corporationShares(region.code(), year));
        model.addAttribute("stock", contingents.stock(region.code(), year));
        // a corporation enters its own stock; the region coordinator that of every corporation
        model.addAttribute("corporations", user.role() == nl.thuisbasis.identity.Role.CORPORATION
                ? contingents.corporations().stream().filter(o -> o.code().equals(user.organisation().code())).toList()
                : contingents.corporations());
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        region.municipalityCodes().forEach(gm -> municipalityNames.put(gm, names.area(gm)));
        model.addAttribute("municipalities", municipalityNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
        model.addAttribute("municipalityNames", municipalityNames);
        model.addAttribute("keeper", CandidateAccess.keepsRegionRules(OutflowSettings.viewer(user)));
        model.addAttribute("isCorporation", user.role() == nl.thuisbasis.identity.Role.CORPORATION);
        model.addAttribute("formula", Contingents.FORMULA);
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("preview", preview);
        return "outflow/contingents";
    }

    @PostMapping("/uitstroom/contingenten")
    String decide(@RequestParam(defaultValue = "") String jaar, @RequestParam(defaultValue = "") String totaal,
            @RequestParam(defaultValue = "false") boolean correctie, @RequestParam(defaultValue = "") String besluit,
            @RequestParam(defaultValue = "voorbeeld") String actie, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        Region region = settings.regionFor(user);
        List<String> problems = new ArrayList<>();
        Integer year = OutflowParsing.integer(jaar, "Het jaar is een heel getal.", problems);
        Integer total = OutflowParsing.integer(totaal, "Het totaal is een heel getal.", problems);
        if (year == null && jaar.isBlank()) {
            problems.add("Geef het jaar.");
        }
        if (total == null && totaal.isBlank()) {
            problems.add("Geef het totaal: het aantal woningen dat de regio dit jaar voor uitstroom afspreekt.");
        }
        Map<String, String> entered = Map.of("totaal", totaal, "correctie", String.valueOf(correctie), "besluit", besluit);
        int shown = year == null ? year(null) : year;
        try {
            if (problems.isEmpty()) {
                if ("vaststellen".equals(actie)) {
                    contingents.decide(user, region.code(), year, total, correctie, besluit);
                    return "redirect:/uitstroom/contingenten?jaar=" + year + "&vastgesteld";
                }
                return contingentPage(user, shown, model, problems, entered, contingents.preview(region.code(), year, total, correctie));
            }
        } catch (Contingents.Refused e) {
            problems.add(e.getMessage());
        }
        response.setStatus(422);
        return contingentPage(user, shown, model, problems, entered, null);
    }

    @PostMapping("/uitstroom/contingenten/voorraad")
    String stock(@RequestParam(defaultValue = "") String jaar, @RequestParam(defaultValue = "") String gemeente,
            @RequestParam(defaultValue = "") String corporatie, @RequestParam(defaultValue = "") String woningen,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        Region region = settings.regionFor(user);
        List<String> problems = new ArrayList<>();
        Integer year = OutflowParsing.integer(jaar, "Het jaar is een heel getal.", problems);
        Integer dwellings = OutflowParsing.integer(woningen, "Het aantal woningen is een heel getal.", problems);
        if (user.role() == nl.thuisbasis.identity.Role.CORPORATION && !user.organisation().code().equals(corporatie)) {
            problems.add("U voert alleen de voorraad van uw eigen corporatie in.");
        }
        try {
            if (problems.isEmpty()) {
                contingents.setStock(user, region.code(), year, gemeente, corporatie, dwellings);
                return "redirect:/uitstroom/contingenten?jaar=" + year + "&voorraad";
            }
        } catch (Contingents.Refused e) {
            problems.add(e.getMessage());
        }
        response.setStatus(422);
        return contingentPage(user, year == null ? year(null) : year, model, problems,
                Map.of("gemeente", gemeente, "corporatie", corporatie, "woningen", woningen), null);
    }

    // ---- the region's rules

    @GetMapping("/uitstroom/instellingen")
    String settingsPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        return rulesPage(user, model, List.of(), Map.of());
    }

    private String rulesPage(CurrentUser user, Model model, List<String> problems, Map<String, String> entered) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("norms", settings.norms(region.code()));
        model.addAttribute("categories", settings.categories(region.code()));
        model.addAttribute("rules", settings.rules(region.code()));
        model.addAttribute("limits", settings.allLimits());
        model.addAttribute("kinds", Eligibility.Kind.values());
        model.addAttribute("keeper", CandidateAccess.keepsRegionRules(OutflowSettings.viewer(user)));
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("nextYear", LocalDate.now(Candidates.ZONE).getYear() + 1);
        return "outflow/settings";
    }

    @PostMapping("/uitstroom/instellingen/normen")
    String norms(@RequestParam Map<String, String> f, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return ruleStep(user, model, response, f, problems -> {
            Integer version = OutflowParsing.version(f.get("versie"), problems);
            Integer cap = OutflowParsing.integer(f.get("plafond"), "Het plafond is een heel percentage.", problems);
            Integer norm = OutflowParsing.integer(f.get("norm"), "De norm is een heel aantal maanden.", problems);
            Integer stalled = OutflowParsing.integer(f.get("vastgelopen"), "Het aantal dagen is een heel getal.", problems);
            Integer months = OutflowParsing.integer(f.get("duur"), "De duur is een heel aantal maanden.", problems);
            if (problems.isEmpty()) {
                settings.updateNorms(user, settings.regionFor(user).code(), version, cap, norm, stalled, months);
            }
        });
    }

    @PostMapping("/uitstroom/instellingen/categorieen")
    String category(@RequestParam Map<String, String> f, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return ruleStep(user, model, response, f, problems -> settings.saveCategory(user, settings.regionFor(user).code(),
                f.get("code"), f.get("naam"), !"false".equals(f.get("actief"))));
    }

    @PostMapping("/uitstroom/instellingen/regels")
    String rule(@RequestParam Map<String, String> f, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return ruleStep(user, model, response, f, problems -> {
            Integer parameter = OutflowParsing.integer(f.get("parameter"), "Het aantal jaren is een heel getal.", problems);
            if (problems.isEmpty()) {
                settings.addRule(user, settings.regionFor(user).code(), f.get("soort"), parameter, f.get("omschrijving"));
            }
        });
    }

    @PostMapping("/uitstroom/instellingen/regels/{id}")
    String ruleState(@PathVariable String id, @RequestParam(defaultValue = "false") boolean actief, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return ruleStep(user, model, response, Map.of(), problems -> settings.setRuleActive(user, settings.regionFor(user).code(),
                CandidatePageController.uuid(id), actief));
    }

    @PostMapping("/uitstroom/instellingen/huurgrenzen")
    String limits(@RequestParam Map<String, String> f, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return ruleStep(user, model, response, f, problems -> {
            Integer year = OutflowParsing.integer(f.get("jaar"), "Het jaar is een heel getal.", problems);
            Integer quality = OutflowParsing.cents(f.get("kwaliteitskorting"), "De kwaliteitskortingsgrens is een bedrag.", problems);
            Integer low = OutflowParsing.cents(f.get("laag"), "De lage aftoppingsgrens is een bedrag.", problems);
            Integer high = OutflowParsing.cents(f.get("hoog"), "De hoge aftoppingsgrens is een bedrag.", problems);
            Integer liberalisation = OutflowParsing.cents(f.get("liberalisatie"), "De liberalisatiegrens is een bedrag.", problems);
            if (problems.isEmpty()) {
                settings.saveLimits(user, year, quality, low, high, liberalisation, f.get("bron"));
            }
        });
    }

    private String ruleStep(CurrentUser user, Model model, HttpServletResponse response, Map<String, String> entered,
            CandidatePageController.Step step) {
        List<String> problems = new ArrayList<>();
        try {
            step.run(problems);
            if (problems.isEmpty()) {
                return "redirect:/uitstroom/instellingen?opgeslagen";
            }
        } catch (OutflowRefused e) {
            problems.addAll(e.problems());
        } catch (OutflowRefused.Stale e) {
            problems.add("Iemand anders heeft de normen intussen gewijzigd; hieronder staan de actuele waarden.");
        } catch (OutflowRefused.NotFound e) {
            throw CandidatePageController.notFound();
        }
        response.setStatus(422);
        return rulesPage(user, model, problems, entered);
    }
}
