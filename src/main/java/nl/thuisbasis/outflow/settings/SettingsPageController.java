package nl.thuisbasis.outflow.settings;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The region's rules: norms, categories, eligibility rules and rent limits (kept by region coordinators). */
@Controller
class SettingsPageController {

    private final OutflowSettings settings;
    private final Messages messages;

    SettingsPageController(OutflowSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

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
        model.addAttribute("keeper", CandidateAccess.keepsRegionRules(OutflowAccess.viewer(user)));
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("nextYear", LocalDate.now(OutflowClock.ZONE).getYear() + 1);
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
    String ruleState(@PathVariable EligibilityRuleId id, @RequestParam(defaultValue = "false") boolean actief,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return ruleStep(user, model, response, Map.of(), problems -> settings.setRuleActive(user, settings.regionFor(user).code(),
                id.value(), actief));
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

    /** A step of the settings page: unreadable input goes to the problems, the service may refuse the rest. */
    interface Step {
        void run(List<String> problems);
    }

    private String ruleStep(CurrentUser user, Model model, HttpServletResponse response, Map<String, String> entered, Step step) {
        List<String> problems = new ArrayList<>();
        try {
            step.run(problems);
            if (problems.isEmpty()) {
                return "redirect:/uitstroom/instellingen?opgeslagen";
            }
        } catch (Refused e) {
            switch (e.kind()) {
                case NOT_FOUND -> throw e;
                case CONFLICT -> problems.add("Iemand anders heeft de normen intussen gewijzigd; hieronder staan de actuele waarden.");
                default -> problems.addAll(messages.texts(e.problems()));
            }
        }
        response.setStatus(422);
        return rulesPage(user, model, problems, entered);
    }
}
