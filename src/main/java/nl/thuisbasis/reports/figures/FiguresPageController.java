package nl.thuisbasis.reports.figures;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.reports.ReportStatistics;
import nl.thuisbasis.reports.domain.WorkingDays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public figures: reports per category per municipality and year; never per location. */
@Controller
class FiguresPageController {

    private final ReportStatistics statistics;
    private final RegionCatalog catalog;

    FiguresPageController(ReportStatistics statistics, RegionCatalog catalog) {
        this.statistics = statistics;
        this.catalog = catalog;
    }

    @GetMapping("/melden/cijfers")
    String figures(@RequestParam(required = false) String gemeente, @RequestParam(required = false) Integer jaar, Model model) {
        int year = jaar == null ? Year.now(WorkingDays.ZONE).getValue() : jaar;
        Map<String, String> municipalities = new LinkedHashMap<>();
        for (String code : statistics.municipalitiesWithReports(year)) {
            municipalities.put(code, catalog.area(code).map(a -> a.name()).orElse(code));
        }
        String chosen = gemeente != null && municipalities.containsKey(gemeente) ? gemeente
                : municipalities.isEmpty() ? null : municipalities.keySet().iterator().next();
        Map<String, Integer> totals = chosen == null ? Map.of() : statistics.municipalityTotals(chosen, year);
        model.addAttribute("year", year);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("chosen", chosen);
        model.addAttribute("totals", totals);
        model.addAttribute("total", totals.values().stream().mapToInt(Integer::intValue).sum());
        return "reports/figures";
    }
}
