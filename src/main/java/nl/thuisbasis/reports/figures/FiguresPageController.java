package nl.thuisbasis.reports.figures;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.ReportStatistics;
import nl.thuisbasis.platform.WorkingDays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public figures: reports per category per municipality and year; never per location. Each region as a whole and
 * every municipality of a region can be chosen (also one without reports: then its figures are zero); the page opens
 * on the home region as a whole.
 */
@Controller
class FiguresPageController {

    private final ReportStatistics statistics;
    private final RegionCatalog catalog;
    private final ReportProperties properties;
    private final RegionProperties regionProperties;
    private final Messages messages;

    FiguresPageController(ReportStatistics statistics, RegionCatalog catalog, ReportProperties properties,
            RegionProperties regionProperties, Messages messages) {
        this.statistics = statistics;
        this.catalog = catalog;
        this.properties = properties;
        this.regionProperties = regionProperties;
        this.messages = messages;
    }

    @GetMapping("/melden/cijfers")
    String figures(@RequestParam(required = false) String gemeente, @RequestParam(required = false) Integer jaar, Model model) {
        int year = jaar == null ? Year.now(WorkingDays.ZONE).getValue() : jaar;
        TreeSet<String> codes = new TreeSet<>(statistics.municipalitiesWithReports(year));
        List<Region> regions = catalog.regions();
        regions.forEach(r -> codes.addAll(r.municipalityCodes()));
        List<Choice> municipalities = catalog.areas(new ArrayList<>(codes)).stream()
                .map(a -> new Choice(a.code(), a.name())).sorted(Comparator.comparing(Choice::label)).toList();
        // a region (all its municipalities together) or one municipality; the page opens on the home region
        Optional<Choice> municipality = municipalities.stream().filter(m -> m.value().equals(gemeente)).findFirst();
        Optional<Region> region = municipality.isPresent() ? Optional.empty()
                : regions.stream().filter(r -> r.code().equals(gemeente)).findFirst()
                        .or(() -> catalog.region(regionProperties.demoRegion())).or(() -> regions.stream().findFirst());
        List<Choice> choices = new ArrayList<>();
        regions.forEach(r -> choices.add(new Choice(r.code(), messages.text("figures.region", r.name()))));
        choices.addAll(municipalities);
        Map<String, Integer> counted = municipality.isPresent()
                ? statistics.municipalityTotals(municipality.get().value(), year)
                : statistics.totals(region.map(Region::municipalityCodes).orElse(List.of()), year);
        // every category, also the ones without reports
        Map<String, Integer> totals = new LinkedHashMap<>();
        properties.categories().forEach(c -> totals.put(c, counted.getOrDefault(c, 0)));
        counted.forEach(totals::putIfAbsent);
        model.addAttribute("year", year);
        model.addAttribute("choices", choices);
        model.addAttribute("chosen", municipality.map(Choice::value).or(() -> region.map(Region::code)).orElse(""));
        model.addAttribute("chosenName", municipality.map(Choice::label).orElse(null));
        model.addAttribute("regionName", municipality.isPresent() ? null : region.map(Region::name).orElse(null));
        model.addAttribute("totals", totals);
        model.addAttribute("total", totals.values().stream().mapToInt(Integer::intValue).sum());
        return "reports/figures";
    }
}
