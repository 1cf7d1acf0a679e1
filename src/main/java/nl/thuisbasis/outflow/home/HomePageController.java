package nl.thuisbasis.outflow.home;

import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outflow start page: the region's norms and, by role, where the work is. */
@Controller
class HomePageController {

    private final OutflowSettings settings;

    HomePageController(OutflowSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/uitstroom")
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("role", user.role().name());
        model.addAttribute("norms", settings.norms(region.code()));
        return "outflow/index";
    }
}
