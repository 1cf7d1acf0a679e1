package nl.thuisbasis.web;

import java.util.List;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the demo region on a map, with the municipalities as a table alternative. */
@Controller
class HomeController {

    private final RegionCatalog catalog;
    private final RegionProperties regionProperties;
    HomeController(RegionCatalog catalog, RegionProperties regionProperties) {
        this.catalog = catalog;
        this.regionProperties = regionProperties;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String regio, Model model) {
        String code = regio != null ? regio : regionProperties.demoRegion();
        Region region = catalog.region(code).or(() -> catalog.region(regionProperties.demoRegion())).orElse(null);
        List<MunicipalitySummary> municipalities = region == null ? List.of()
                : catalog.municipalities(region.municipalityCodes(), 100, 0);
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
}
