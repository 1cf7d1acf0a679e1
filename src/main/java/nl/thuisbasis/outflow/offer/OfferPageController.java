package nl.thuisbasis.outflow.offer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidateId;
import nl.thuisbasis.outflow.candidate.CandidatePage;
import nl.thuisbasis.outflow.common.ListPage;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.VacancyId;
import nl.thuisbasis.outflow.vacancy.VacancyPage;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The offers: the list (optionally only the stalled ones), making and withdrawing an offer on a vacancy's page
 * (corporation), and accepting or declining it on the candidate's page (provider).
 */
@Controller
class OfferPageController {

    private final Offers offers;
    private final OfferReading reading;
    private final OutflowSettings settings;
    private final CandidatePage candidatePage;
    private final VacancyPage vacancyPage;

    OfferPageController(Offers offers, OfferReading reading, OutflowSettings settings, CandidatePage candidatePage,
            VacancyPage vacancyPage) {
        this.offers = offers;
        this.reading = reading;
        this.settings = settings;
        this.candidatePage = candidatePage;
        this.vacancyPage = vacancyPage;
    }

    @GetMapping("/uitstroom/aanbiedingen")
    String list(@RequestParam(defaultValue = "false") boolean vastgelopen, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        PageQuery paging = ListPage.query(pagina);
        OfferReading.OfferPage page = reading.page(user, vastgelopen, paging.offset(), paging.pageSize());
        model.addAttribute("offers", page.slice().items());
        model.addAttribute("stalledTotal", page.stalled());
        model.addAttribute("pager", ListPage.of(paging, page.slice().total(), request));
        model.addAttribute("stalledOnly", vastgelopen);
        model.addAttribute("norms", settings.norms(settings.regionFor(user).code()));
        return "outflow/offers";
    }

    // ---- the provider's answer, on the candidate's page

    @PostMapping("/uitstroom/aanbiedingen/{offer}/aanvaarden")
    String accept(@PathVariable OfferId offer, @RequestParam(defaultValue = "") String kandidaat,
            @RequestParam(defaultValue = "") String ingang, @RequestParam(defaultValue = "") String maanden,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return candidatePage.step(candidate(kandidaat).value(), user, model, response, Map.of("ingang", ingang, "maanden", maanden),
                problems -> {
                    LocalDate starts = OutflowParsing.date(ingang, "De ingangsdatum is geen datum.", problems);
                    Integer months = OutflowParsing.integer(maanden, "De duur is een heel aantal maanden.", problems);
                    if (problems.isEmpty()) {
                        offers.accept(user, offer.value(), starts, months);
                    }
                }, "aanvaard");
    }

    @PostMapping("/uitstroom/aanbiedingen/{offer}/weigeren")
    String decline(@PathVariable OfferId offer, @RequestParam(defaultValue = "") String kandidaat,
            @RequestParam(defaultValue = "") String reden, @RequestParam(defaultValue = "") String toelichting,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return candidatePage.step(candidate(kandidaat).value(), user, model, response,
                Map.of("weigerReden", reden, "toelichting", toelichting), problems -> {
                    Offers.DeclineReason r = OutflowParsing.parse(Offers.DeclineReason.class, reden,
                            "Kies de reden van de weigering.", problems);
                    if (problems.isEmpty()) {
                        offers.decline(user, offer.value(), r, toelichting);
                    }
                }, "geweigerd");
    }

    /** The candidate page the answer came from (a hidden field): one that cannot be a candidate is not found. */
    private static CandidateId candidate(String kandidaat) {
        try {
            return CandidateId.of(kandidaat);
        } catch (IllegalArgumentException e) {
            throw Refused.notFound();
        }
    }

    // ---- the corporation's offer, on the vacancy's page

    @PostMapping("/uitstroom/woningen/{id}/aanbieden")
    String make(@PathVariable VacancyId id, @RequestParam(defaultValue = "") String datum, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        LocalDate on = OutflowParsing.date(datum, "De datum van de aanbieding is geen datum.", problems);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return vacancyPage.show(user, id.value(), model, problems, Map.of("datum", datum));
        }
        return vacancyPage.step(id.value(), user, model, response, Map.of("datum", datum),
                () -> offers.make(user, id.value(), on), "aangeboden");
    }

    @PostMapping("/uitstroom/woningen/{id}/intrekken")
    String withdraw(@PathVariable VacancyId id, @RequestParam(defaultValue = "") String aanbieding,
            @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return vacancyPage.step(id.value(), user, model, response, Map.of("intrekReden", reden),
                () -> offers.withdraw(user, offer(aanbieding).value(), reden), "ingetrokken");
    }

    /** The offer to withdraw (a hidden field): one that cannot be an offer is not found. */
    private static OfferId offer(String aanbieding) {
        try {
            return OfferId.of(aanbieding);
        } catch (IllegalArgumentException e) {
            throw Refused.notFound();
        }
    }
}
