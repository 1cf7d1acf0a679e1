package nl.thuisbasis.outflow.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.ListPage;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenancy-with-care agreements: the list, one agreement, recording its evaluations and its outcome. */
@Controller
class TenancyPageController {

    private final Tenancies tenancies;
    private final TenancyReading reading;
    private final Messages messages;

    TenancyPageController(Tenancies tenancies, TenancyReading reading, Messages messages) {
        this.tenancies = tenancies;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/uitstroom/huurzorg")
    String list(@RequestParam(required = false) Integer pagina, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletRequest request) {
        PageQuery paging = ListPage.query(pagina);
        TenancyReading.TenancyPage page = reading.page(user, paging.offset(), paging.pageSize());
        model.addAttribute("tenancies", page.slice().items());
        model.addAttribute("overdueTotal", page.overdue());
        model.addAttribute("pager", ListPage.of(paging, page.slice().total(), request));
        return "outflow/tenancies";
    }

    @GetMapping("/uitstroom/huurzorg/{id}")
    String tenancy(@PathVariable TenancyId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return tenancyPage(user, id.value(), model, List.of(), Map.of());
    }

    private String tenancyPage(CurrentUser user, UUID id, Model model, List<String> problems, Map<String, String> entered) {
        Tenancies.TenancyView t = reading.get(user, id).orElseThrow(Refused::notFound);
        boolean keeps = (user.role() == Role.CORPORATION && t.corporationCode().equals(user.organisation().code()))
                || (user.role() == Role.PROVIDER && t.providerCode().equals(user.organisation().code()));
        model.addAttribute("t", t);
        model.addAttribute("keeps", keeps);
        model.addAttribute("outcomes", Tenancies.Outcome.values());
        model.addAttribute("endReasons", Tenancies.EndReason.values());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(OutflowClock.ZONE).toString());
        return "outflow/tenancy";
    }

    @PostMapping("/uitstroom/huurzorg/{id}/evaluatie")
    String evaluation(@PathVariable TenancyId id, @RequestParam(defaultValue = "") String moment,
            @RequestParam(defaultValue = "") String datum, @RequestParam(defaultValue = "") String samenvatting,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Integer month = OutflowParsing.integer(moment, "Kies het evaluatiemoment.", problems);
        LocalDate held = OutflowParsing.date(datum, "De datum van de evaluatie is geen datum.", problems);
        try {
            if (problems.isEmpty()) {
                tenancies.recordEvaluation(user, id.value(), month, held, samenvatting);
                return "redirect:/uitstroom/huurzorg/" + id + "?geevalueerd";
            }
        } catch (Refused e) {
            problems.addAll(refusal(e));
        }
        response.setStatus(422);
        return tenancyPage(user, id.value(), model, problems, Map.of("moment", moment, "datum", datum, "samenvatting", samenvatting));
    }

    @PostMapping("/uitstroom/huurzorg/{id}/uitkomst")
    String outcome(@PathVariable TenancyId id, @RequestParam(defaultValue = "") String uitkomst,
            @RequestParam(defaultValue = "") String reden, @RequestParam(defaultValue = "") String datum,
            @RequestParam(defaultValue = "") String toelichting, @RequestParam(defaultValue = "") String verlenging,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Tenancies.Outcome outcome = OutflowParsing.parse(Tenancies.Outcome.class, uitkomst, "Kies de uitkomst.", problems);
        Tenancies.EndReason reason = OutflowParsing.parse(Tenancies.EndReason.class, reden, "Kies de reden van beëindiging.", problems);
        LocalDate on = OutflowParsing.date(datum, "De datum van het besluit is geen datum.", problems);
        Integer extend = OutflowParsing.integer(verlenging, "De verlenging is een heel aantal maanden.", problems);
        try {
            if (problems.isEmpty()) {
                tenancies.recordOutcome(user, id.value(), outcome, outcome == Tenancies.Outcome.ENDED ? reason : null, on, toelichting,
                        outcome == Tenancies.Outcome.EXTENDED ? extend : null);
                return "redirect:/uitstroom/huurzorg/" + id + "?uitkomst";
            }
        } catch (Refused e) {
            problems.addAll(refusal(e));
        }
        response.setStatus(422);
        return tenancyPage(user, id.value(), model, problems, Map.of("uitkomst", uitkomst, "reden", reden, "uitkomstDatum", datum,
                "toelichting", toelichting, "verlenging", verlenging));
    }

    /** Refused input shows in the page; an agreement this user may not see is not found. */
    private List<String> refusal(Refused e) {
        if (e.kind() == Refused.Kind.NOT_FOUND || e.kind() == Refused.Kind.CONFLICT) {
            throw e;
        }
        return messages.texts(e.problems());
    }
}
