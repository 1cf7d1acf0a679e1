package nl.thuisbasis.outflow.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.VacancyId;
import nl.thuisbasis.outflow.vacancy.VacancyPage;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The matching page (run a round, see it as far as you may), and adopting or letting go of a proposal on a vacancy's page. */
@Controller
class MatchingPageController {

    private final Matching matching;
    private final OutflowSettings settings;
    private final VacancyPage vacancyPage;

    MatchingPageController(Matching matching, OutflowSettings settings, VacancyPage vacancyPage) {
        this.matching = matching;
        this.settings = settings;
        this.vacancyPage = vacancyPage;
    }

    @GetMapping("/uitstroom/matching")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("run", matching.latest(user, region.code()).orElse(null));
        model.addAttribute("rules", Rule.values());
        model.addAttribute("role", user.role().name());
        model.addAttribute("mayRun", matching.mayRun(user));
        return "outflow/matching";
    }

    /** Runs a round; from a vacancy page the user returns there (only to an outflow page of this application). */
    @PostMapping("/uitstroom/matching")
    String run(@RequestParam(defaultValue = "") String terug, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        matching.run(user, settings.regionFor(user).code());
        String back = terug.startsWith(request.getContextPath()) ? terug.substring(request.getContextPath().length()) : terug;
        if (back.matches("/uitstroom/woningen/[0-9a-f-]{36}")) {
            return "redirect:" + back + "?ronde";
        }
        return "redirect:/uitstroom/matching?gedraaid";
    }

    @PostMapping("/uitstroom/woningen/{id}/voorstel")
    String adopt(@PathVariable VacancyId id, @RequestParam(defaultValue = "") String ronde, @RequestParam(defaultValue = "") String plaats,
            @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return vacancyPage.step(id.value(), user, model, response, Map.of("reden", reden), () -> matching.adopt(user,
                OutflowParsing.uuid(ronde), id.value(), OutflowParsing.integer(plaats, "", new ArrayList<>()), reden), "overgenomen");
    }

    @PostMapping("/uitstroom/woningen/{id}/loslaten")
    String release(@PathVariable VacancyId id, @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return vacancyPage.step(id.value(), user, model, response, Map.of("loslaatReden", reden),
                () -> matching.release(user, id.value(), reden), "losgelaten");
    }
}
