package nl.thuisbasis.outflow.offer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidatePage;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.VacancyId;
import nl.thuisbasis.outflow.vacancy.VacancyPage;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    private final Forms forms;
    private final OnceOnly once;

    OfferPageController(Offers offers, OfferReading reading, OutflowSettings settings, CandidatePage candidatePage,
            VacancyPage vacancyPage, Forms forms, OnceOnly once) {
        this.once = once;
        this.offers = offers;
        this.reading = reading;
        this.settings = settings;
        this.candidatePage = candidatePage;
        this.vacancyPage = vacancyPage;
        this.forms = forms;
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
    String accept(@PathVariable OfferId offer, @ModelAttribute("acceptForm") AcceptForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        AcceptForm f = Forms.entered(form, binding, AcceptForm.class);
        if (f.candidate() == null) {
            // the candidate page the answer came from (a hidden field): one that cannot be a candidate is not found
            throw Refused.notFound();
        }
        return candidatePage.step(f.candidate().value(), user, model, response, binding, "acceptForm", f,
                Map.of("startsOn", "acceptStartsOn", "months", "acceptMonths"),
                // once per form: a reload or a second tap does not answer twice (it finds the agreement already started)
                () -> once.submit(f.onceToken(), "outflow.offer.accept",
                        () -> offers.accept(user, offer.value(), f.acceptStartsOn(), f.acceptMonths()).toString()), "aanvaard");
    }

    @PostMapping("/uitstroom/aanbiedingen/{offer}/weigeren")
    String decline(@PathVariable OfferId offer, @ModelAttribute("declineForm") DeclineForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        DeclineForm f = Forms.entered(form, binding, DeclineForm.class);
        if (f.candidate() == null) {
            throw Refused.notFound();
        }
        return candidatePage.step(f.candidate().value(), user, model, response, binding, "declineForm", f,
                Map.of("reason", "declineReason", "note", "declineNote"),
                () -> offers.decline(user, offer.value(), f.declineReason(), f.declineNote()), "geweigerd");
    }

    // ---- the corporation's offer, on the vacancy's page

    @PostMapping("/uitstroom/woningen/{id}/aanbieden")
    String make(@PathVariable VacancyId id, @ModelAttribute("makeOfferForm") MakeOfferForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        MakeOfferForm f = Forms.entered(form, binding, MakeOfferForm.class);
        return vacancyStep(id, user, model, response, binding, "makeOfferForm", f, Map.of(),
                () -> once.submit(f.onceToken(), "outflow.offer.make", () -> offers.make(user, id.value(), f.offeredOn()).toString()),
                "aangeboden");
    }

    @PostMapping("/uitstroom/woningen/{id}/intrekken")
    String withdraw(@PathVariable VacancyId id, @ModelAttribute("withdrawOfferForm") WithdrawOfferForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        WithdrawOfferForm f = Forms.entered(form, binding, WithdrawOfferForm.class);
        if (f.offer() == null) {
            // the offer to withdraw (a hidden field): one that cannot be an offer is not found
            throw Refused.notFound();
        }
        return vacancyStep(id, user, model, response, binding, "withdrawOfferForm", f, Map.of("note", "withdrawOfferReason"),
                () -> offers.withdraw(user, f.offer().value(), f.withdrawOfferReason()), "ingetrokken");
    }

    /**
     * A step on the vacancy's page: what binding could not read refuses it at once, the service may refuse the rest.
     * Refused: the vacancy's page again with the problems at the form's fields and the refusal's status (409 when
     * something changed meanwhile). A vacancy or offer this user may not see is not found.
     */
    private String vacancyStep(VacancyId vacancy, CurrentUser user, Model model, HttpServletResponse response,
            BindingResult binding, String formName, Record form, Map<String, String> fields, Runnable step, String done) {
        try {
            if (Forms.unreadable(binding)) {
                throw OutflowRefusals.refused(List.of());
            }
            step.run();
            return "redirect:/uitstroom/woningen/" + vacancy + "?" + done;
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            Refused shown = refused.kind() == Refused.Kind.CONFLICT
                    ? new Refused(Refused.Kind.CONFLICT, refused.code(), List.of(Problem.of("out.problem.offer.changedMeanwhile")))
                    : OutflowRefusals.renamed(refused, fields);
            response.setStatus(shown.status());
            forms.show(model, binding, shown);
            model.addAttribute(formName, form);
            return vacancyPage.show(user, vacancy.value(), model);
        }
    }
}
