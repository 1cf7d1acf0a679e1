package nl.thuisbasis.outflow.contingent;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.common.PageYears;
import nl.thuisbasis.outflow.common.Sentences;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contingent page: the decided contingent and its split, a preview, recording it, and the corporations' stock. */
@Controller
class ContingentPageController {

    private final Contingents contingents;
    private final OutflowSettings settings;
    private final OutflowNames names;
    private final Messages messages;

    ContingentPageController(Contingents contingents, OutflowSettings settings, OutflowNames names, Messages messages) {
        this.contingents = contingents;
        this.settings = settings;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/uitstroom/contingenten")
    String contingents(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user, Model model) {
        return contingentPage(user, PageYears.shown(jaar), model, List.of(), Map.of(), null);
    }

    private String contingentPage(CurrentUser user, int year, Model model, List<String> problems, Map<String, String> entered,
            Contingents.Preview preview) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("years", PageYears.choices());
        model.addAttribute("decided", contingents.decided(region.code(), year).orElse(null));
        model.addAttribute("shares", contingents.corporationShares(region.code(), year));
        model.addAttribute("stock", contingents.stock(region.code(), year));
        // a corporation enters its own stock; the region coordinator that of every corporation
        model.addAttribute("corporations", user.role() == Role.CORPORATION
                ? contingents.corporations().stream().filter(o -> o.code().equals(user.organisation().code())).toList()
                : contingents.corporations());
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        region.municipalityCodes().forEach(gm -> municipalityNames.put(gm, names.area(gm)));
        model.addAttribute("municipalities", municipalityNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
        model.addAttribute("municipalityNames", municipalityNames);
        model.addAttribute("keeper", CandidateAccess.keepsRegionRules(OutflowAccess.viewer(user)));
        model.addAttribute("isCorporation", user.role() == Role.CORPORATION);
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
        int shown = year == null ? PageYears.shown(null) : year;
        try {
            if (problems.isEmpty()) {
                if ("vaststellen".equals(actie)) {
                    contingents.decide(user, region.code(), year, total, correctie, besluit);
                    return "redirect:/uitstroom/contingenten?jaar=" + year + "&vastgesteld";
                }
                return contingentPage(user, shown, model, problems, entered, contingents.preview(region.code(), year, total, correctie));
            }
        } catch (Refused e) {
            problems.addAll(refusal(e));
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
        if (user.role() == Role.CORPORATION && !user.organisation().code().equals(corporatie)) {
            problems.add("U voert alleen de voorraad van uw eigen corporatie in.");
        }
        try {
            if (problems.isEmpty()) {
                contingents.setStock(user, region.code(), year, gemeente, corporatie, dwellings);
                return "redirect:/uitstroom/contingenten?jaar=" + year + "&voorraad";
            }
        } catch (Refused e) {
            problems.addAll(refusal(e));
        }
        response.setStatus(422);
        return contingentPage(user, year == null ? PageYears.shown(null) : year, model, problems,
                Map.of("gemeente", gemeente, "corporatie", corporatie, "woningen", woningen), null);
    }

    /** A refused contingent shows in the form; anything else refused is the error page, as before. */
    private List<String> refusal(Refused e) {
        if (!Sentences.CONTINGENT_REFUSED.equals(e.code())) {
            throw e;
        }
        return messages.texts(e.problems());
    }
}
