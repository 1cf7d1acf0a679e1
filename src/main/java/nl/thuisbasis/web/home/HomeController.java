package nl.thuisbasis.web.home;

import java.util.List;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page (the region on a map, with the municipalities as a table alternative), the login page and the
 * accessibility statement.
 */
@Controller
class HomeController {

    private final RegionCatalog catalog;
    private final RegionProperties regionProperties;

    HomeController(RegionCatalog catalog, RegionProperties regionProperties) {
        this.catalog = catalog;
        this.regionProperties = regionProperties;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "region", required = false) String code, Model model) {
        Region region = catalog.region(code != null ? code : regionProperties.demoRegion())
                .or(() -> catalog.region(regionProperties.demoRegion())).orElse(null);
        // every municipality of the region: the table is the map's alternative, so it is never cut short
        List<MunicipalitySummary> municipalities = region == null || region.municipalityCodes().isEmpty() ? List.of()
                : catalog.municipalities(region.municipalityCodes(), region.municipalityCodes().size(), 0);
        model.addAttribute("region", region);
        model.addAttribute("regions", catalog.regions());
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("totalInhabitants", municipalities.stream().mapToLong(m -> m.inhabitants() == null ? 0 : m.inhabitants()).sum());
        model.addAttribute("totalHouseholds", municipalities.stream().mapToLong(m -> m.households() == null ? 0 : m.households()).sum());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "accessibility";
    }

    /** What the API offers and how to use it, with the OpenAPI document and (for developers) the Swagger UI. */
    @GetMapping("/api-documentatie")
    String apiDocumentation() {
        return "api";
    }
}
