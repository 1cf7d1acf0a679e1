package nl.thuisbasis.outflow;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The matching page (run a round, see it as far as you may), the offers and the tenancy-with-care agreements. */
@Controller
class MatchingPageController {

    private final Matching matching;
    private final Offers offers;
    private final Tenancies tenancies;
    private final OutflowSettings settings;

    MatchingPageController(Matching matching, Offers offers, Tenancies tenancies, OutflowSettings settings) {
        this.matching = matching;
        this.offers = offers;
        this.tenancies = tenancies;
        this.settings = settings;
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
    String run(@RequestParam(defaultValue = "") String terug, @AuthenticationPrincipal CurrentUser user,
            jakarta.servlet.http.HttpServletRequest request) {
        matching.run(user, settings.regionFor(user).code());
        String back = terug.startsWith(request.getContextPath()) ? terug.substring(request.getContextPath().length()) : terug;
        if (back.matches("/uitstroom/woningen/[0-9a-f-]{36}")) {
            return "redirect:" + back + "?ronde";
        }
        return "redirect:/uitstroom/matching?gedraaid";
    }

    @GetMapping("/uitstroom/aanbiedingen")
    String offers(@RequestParam(defaultValue = "false") boolean vastgelopen, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<Offers.OfferView> list = offers.list(user, vastgelopen, null);
        model.addAttribute("offers", list);
        model.addAttribute("stalledOnly", vastgelopen);
        model.addAttribute("norms", settings.norms(settings.regionFor(user).code()));
        return "outflow/offers";
    }

    @GetMapping("/uitstroom/huurzorg")
    String tenancies(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tenancies", tenancies.list(user));
        return "outflow/tenancies";
    }

    @GetMapping("/uitstroom/huurzorg/{id}")
    String tenancy(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return tenancyPage(user, CandidatePageController.uuid(id), model, List.of(), Map.of());
    }

    private String tenancyPage(CurrentUser user, UUID id, Model model, List<String> problems, Map<String, String> entered) {
        Tenancies.TenancyView t = tenancies.get(user, id).orElseThrow(CandidatePageController::notFound);
        boolean keeps = (user.role() == nl.thuisbasis.identity.Role.CORPORATION && t.corporationCode().equals(user.organisation().code()))
                || (user.role() == nl.thuisbasis.identity.Role.PROVIDER && t.providerCode().equals(user.organisation().code()));
        model.addAttribute("t", t);
        model.addAttribute("keeps", keeps);
        model.addAttribute("outcomes", Tenancies.Outcome.values());
        model.addAttribute("endReasons", Tenancies.EndReason.values());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(Candidates.ZONE).toString());
        return "outflow/tenancy";
    }

    @PostMapping("/uitstroom/huurzorg/{id}/evaluatie")
    String evaluation(@PathVariable String id, @RequestParam(defaultValue = "") String moment, @RequestParam(defaultValue = "") String datum,
            @RequestParam(defaultValue = "") String samenvatting, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        UUID tenancy = CandidatePageController.uuid(id);
        List<String> problems = new ArrayList<>();
        Integer month = OutflowParsing.integer(moment, "Kies het evaluatiemoment.", problems);
        LocalDate held = OutflowParsing.date(datum, "De datum van de evaluatie is geen datum.", problems);
        try {
            if (problems.isEmpty()) {
                tenancies.recordEvaluation(user, tenancy, month, held, samenvatting);
                return "redirect:/uitstroom/huurzorg/" + id + "?geevalueerd";
            }
        } catch (OutflowRefused e) {
            problems.addAll(e.problems());
        }
        response.setStatus(422);
        return tenancyPage(user, tenancy, model, problems, Map.of("moment", moment, "datum", datum, "samenvatting", samenvatting));
    }

    @PostMapping("/uitstroom/huurzorg/{id}/uitkomst")
    String outcome(@PathVariable String id, @RequestParam(defaultValue = "") String uitkomst, @RequestParam(defaultValue = "") String reden,
            @RequestParam(defaultValue = "") String datum, @RequestParam(defaultValue = "") String toelichting,
            @RequestParam(defaultValue = "") String verlenging, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        UUID tenancy = CandidatePageController.uuid(id);
        List<String> problems = new ArrayList<>();
        Tenancies.Outcome outcome = OutflowParsing.parse(Tenancies.Outcome.class, uitkomst, "Kies de uitkomst.", problems);
        Tenancies.EndReason reason = OutflowParsing.parse(Tenancies.EndReason.class, reden, "Kies de reden van beëindiging.", problems);
        LocalDate on = OutflowParsing.date(datum, "De datum van het besluit is geen datum.", problems);
        Integer extend = OutflowParsing.integer(verlenging, "De verlenging is een heel aantal maanden.", problems);
        try {
            if (problems.isEmpty()) {
                tenancies.recordOutcome(user, tenancy, outcome, outcome == Tenancies.Outcome.ENDED ? reason : null, on, toelichting,
                        outcome == Tenancies.Outcome.EXTENDED ? extend : null);
                return "redirect:/uitstroom/huurzorg/" + id + "?uitkomst";
            }
        } catch (OutflowRefused e) {
            problems.addAll(e.problems());
        }
        response.setStatus(422);
        return tenancyPage(user, tenancy, model, problems, Map.of("uitkomst", uitkomst, "reden", reden, "uitkomstDatum", datum,
                "toelichting", toelichting, "verlenging", verlenging));
    }
}
