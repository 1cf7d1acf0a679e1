package nl.thuisbasis.region.area;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.region.KeyFigures;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.domain.FigureComparison;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.domain.FigureFallback.ShownFigure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The key-figures page of a municipality, district or neighbourhood (public: CBS open data). */
@Controller
class AreaPageController {

    /** Headline figures first, in the order a reader looks for them; the rest alphabetically after. */
    private static final List<String> HEADLINES = List.of("aantalInwoners", "population", "aantalHuishoudens",
            "gemiddeldeHuishoudsgrootte", "percentageEenpersoonshuishoudens", "percentageHuishoudensZonderKinderen",
            "percentageHuishoudensMetKinderen", "percentagePersonen0Tot15Jaar", "percentagePersonen15Tot25Jaar",
            "percentagePersonen25Tot45Jaar", "percentagePersonen45Tot65Jaar", "percentagePersonen65JaarEnOuder",
            "pop_0_14", "pop_15_24", "pop_25_44", "pop_45_64", "pop_65plus", "dwelling_total", "dwelling_value",
            "dwelling_ownership", "income_low", "income_high", "employment_rate", "edu_appl_sci",
            "bevolkingsdichtheidInwonersPerKm2", "stedelijkheidAdressenPerKm2");
    private static final java.util.Comparator<ShownFigure> READING_ORDER = java.util.Comparator
            .comparing(ShownFigure::fromDistrict)
            .thenComparing(f -> HEADLINES.contains(f.name()) ? HEADLINES.indexOf(f.name()) : HEADLINES.size())
            .thenComparing(ShownFigure::name);

    private final RegionCatalog catalog;

    AreaPageController(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/gebieden/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        Area area = catalog.area(code).orElseThrow(Refused::notFound);
        List<ShownFigure> figures = catalog.shownFigures(area, year).stream()
                .filter(f -> FigureComparison.readable(f.name())).sorted(READING_ORDER).toList();
        model.addAttribute("area", area);
        // the area next to its municipality and its region, by name
        Area municipality = catalog.area(area.municipalityCode()).orElse(null);
        Region region = catalog.regions().stream().filter(r -> r.municipalityCodes().contains(area.municipalityCode()))
                .findFirst().orElse(null);
        Map<String, KeyFigures> ofMunicipalities = region == null ? Map.of() : catalog.latestKeyFigures(region.municipalityCodes());
        Map<String, java.math.BigDecimal> ofMunicipality = municipality == null ? Map.of()
                : catalog.latestKeyFigures(List.of(municipality.code())).values().stream().findFirst()
                        .map(KeyFigures::figures).orElse(Map.of());
        List<Map<String, java.math.BigDecimal>> regionFigures = ofMunicipalities.values().stream().map(KeyFigures::figures).toList();
        model.addAttribute("figures", figures.stream().map(f -> new FigureComparison.Row(f.name(), f.value(), f.areaCode(),
                f.year(), f.fromDistrict(), ofMunicipality.get(f.name()),
                FigureComparison.regionValue(f.name(), regionFigures))).toList());
        model.addAttribute("region", region);
        model.addAttribute("geometry", catalog.geometry(code).orElse(null));
        model.addAttribute("ownYear", figures.stream().filter(f -> !f.fromDistrict()).map(ShownFigure::year)
                .findFirst().orElse(null));
        model.addAttribute("borrowed", figures.stream().filter(ShownFigure::fromDistrict).findFirst().orElse(null));
        model.addAttribute("years", catalog.figureYears(code));
        model.addAttribute("municipality", municipality);
        model.addAttribute("district", area.districtCode() == null ? null : catalog.area(area.districtCode()).orElse(null));
        model.addAttribute("children", area.level() == AreaLevel.MUNICIPALITY ? catalog.finestAreas(code) : List.of());
        return "region/area";
    }
}
