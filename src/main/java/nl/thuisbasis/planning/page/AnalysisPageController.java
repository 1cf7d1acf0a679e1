package nl.thuisbasis.planning.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.analysis.ResultRow;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.planning.analysis.Run;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.TableFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's page: its progress while it runs; then the fan chart of one municipality (or the whole region) and type
 * with its table, the gap of every municipality and type in a year, and the files. Two runs side by side.
 */
@Controller
class AnalysisPageController {

    private final RunView view;
    private final Messages messages;
    private final JsonMapper json;

    AnalysisPageController(RunView view, Messages messages, JsonMapper json) {
        this.view = view;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/planning/analyse/{id}")
    String run(@PathVariable PlanningId id, @RequestParam(required = false) String gemeente, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer jaar, @AuthenticationPrincipal CurrentUser user, Model model) {
        RunView.Shown shown = view.shown(user, id.value());
        Run run = shown.run();
        model.addAttribute("shown", shown);
        model.addAttribute("run", run);
        model.addAttribute("types", HousingType.values());
        if (run.status() != Run.RunStatus.DONE) {
            return "planning/run";
        }
        String scope = RunView.municipality(shown, gemeente);
        HousingType chosen = RunView.type(type, HousingType.PROTECTED_HOUSING);
        int year = RunView.year(run, jaar);
        List<ResultRow> fan = view.rows(user, run, scope, chosen);
        model.addAttribute("place", scope);
        model.addAttribute("placeName", shown.names().get(scope));
        model.addAttribute("type", chosen);
        model.addAttribute("year", year);
        model.addAttribute("yearChoices", java.util.stream.IntStream.rangeClosed(run.firstYear(), run.lastYear())
                .mapToObj(y -> new Choice(String.valueOf(y), String.valueOf(y))).toList());
        model.addAttribute("fan", fan);
        model.addAttribute("chartData", chartData(fan, shown.names().get(scope), chosen));
        // by scope and type name (the template looks a cell up by the type's name)
        Map<String, Map<String, ResultRow>> gaps = new LinkedHashMap<>();
        shown.names().keySet().forEach(code -> gaps.put(code, new HashMap<>()));
        view.year(user, run, year).forEach(r -> gaps.computeIfAbsent(r.scope(), k -> new HashMap<>()).put(r.type().name(), r));
        model.addAttribute("gaps", gaps);
        return "planning/run";
    }

    @GetMapping("/planning/analyse/{id}/voortgang")
    String progress(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        RunView.Shown shown = view.shown(user, id.value());
        model.addAttribute("shown", shown);
        model.addAttribute("run", shown.run());
        if (shown.run().status() != Run.RunStatus.RUNNING) {
            // htmx shows the whole page again, now with the results
            response.setHeader("HX-Refresh", "true");
        }
        return "planning/run :: status";
    }

    @GetMapping("/planning/analyse/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user) {
        RunView.Shown shown = view.shown(user, id.value());
        return TableFiles.download(TableFiles.csv(view.table(user, shown)), TableFiles.CSV, fileName(shown.run(), "csv"));
    }

    @GetMapping("/planning/analyse/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user) {
        RunView.Shown shown = view.shown(user, id.value());
        LinkedHashMap<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put(messages.text(Messages.locale(), "planning.file.sheet"), view.table(user, shown));
        return TableFiles.download(TableFiles.xlsx(sheets), TableFiles.XLSX, fileName(shown.run(), "xlsx"));
    }

    @GetMapping("/planning/vergelijk")
    String compare(@RequestParam PlanningId a, @RequestParam PlanningId b, @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String type, @AuthenticationPrincipal CurrentUser user, Model model) {
        RunView.Shown first = view.shown(user, a.value());
        RunView.Shown second = view.shown(user, b.value());
        String scope = RunView.municipality(first, gemeente);
        RunView.municipality(second, scope);
        HousingType chosen = RunView.type(type, null);
        model.addAttribute("first", first);
        model.addAttribute("second", second);
        model.addAttribute("place", scope);
        model.addAttribute("placeName", first.names().get(scope));
        model.addAttribute("type", chosen);
        model.addAttribute("types", HousingType.values());
        Map<String, ResultRow> other = new HashMap<>();
        view.rows(user, second.run(), scope, chosen).forEach(r -> other.put(r.type() + "/" + r.year(), r));
        List<RunView.Comparison> rows = view.rows(user, first.run(), scope, chosen).stream()
                .map(r -> new RunView.Comparison(r, other.get(r.type() + "/" + r.year()))).toList();
        model.addAttribute("rows", rows);
        return "planning/compare";
    }

    private String chartData(List<ResultRow> fan, String scopeName, HousingType type) {
        Locale locale = Messages.locale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("years", fan.stream().map(r -> String.valueOf(r.year())).toList());
        data.put("p10", fan.stream().map(r -> round(r.demandP10())).toList());
        data.put("p50", fan.stream().map(r -> round(r.demandP50())).toList());
        data.put("p90", fan.stream().map(r -> round(r.demandP90())).toList());
        data.put("deterministic", fan.stream().map(r -> round(r.deterministic())).toList());
        data.put("supply", fan.stream().map(r -> round(r.supply())).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        for (String k : List.of("band", "p50", "deterministic", "supply", "people")) {
            labels.put(k, messages.text(locale, "planning.chart." + k));
        }
        labels.put("title", messages.text(locale, "planning.chart.title", messages.text(locale, "planning.type." + type.name()), scopeName));
        data.put("labels", labels);
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String fileName(Run run, String extension) {
        return "woonzorganalyse-" + run.regionCode() + "-" + run.id().toString().substring(0, 8) + "." + extension;
    }
}
