package nl.thuisbasis.outflow.candidate;

import nl.thuisbasis.identity.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.offer.OfferReading;
import nl.thuisbasis.outflow.offer.Offers;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.tenancy.TenancyReading;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page of one candidate, with the next step for whoever is looking: urgency and exceptions for the municipality,
 * readiness and answers to offers for the provider; its offers and its agreement. The steps on it post to the candidate's
 * and the offer's controllers, which show the page again with what was refused: each step has a form record of its own
 * in the model ({@code urgencyForm}, {@code exceptionForm}, {@code readinessForm}, {@code withdrawForm}, and the offer's
 * {@code acceptForm} and {@code declineForm}), with field names that are unique on the page.
 */
@Component
public class CandidatePage {

    private final CandidateReading reading;
    private final OfferReading offers;
    private final TenancyReading tenancies;
    private final OutflowSettings settings;
    private final Forms forms;

    CandidatePage(CandidateReading reading, OfferReading offers, TenancyReading tenancies, OutflowSettings settings, Forms forms) {
        this.reading = reading;
        this.offers = offers;
        this.tenancies = tenancies;
        this.settings = settings;
        this.forms = forms;
    }

    /** The page; the forms of the steps the model does not hold (a refused one does) start empty. */
    public String show(CurrentUser user, UUID id, Model model) {
        CandidateView c = reading.get(user, id).orElseThrow(Refused::notFound);
        Viewer viewer = OutflowAccess.viewer(user);
        CandidateAccess.Subject subject = new CandidateAccess.Subject(c.providerCode(), c.decidingMunicipality(), Set.of());
        boolean provider = c.full() && CandidateAccess.isProvider(viewer, subject);
        boolean municipality = c.full() && CandidateAccess.isDecidingMunicipality(viewer, subject);
        model.addAttribute("c", c);
        model.addAttribute("isProvider", provider);
        model.addAttribute("isMunicipality", municipality);
        model.addAttribute("offers", offers.ofCandidate(user, id));
        model.addAttribute("tenancy", tenancies.ofCandidate(user, id).orElse(null));
        model.addAttribute("declineReasons", Offers.DeclineReason.values());
        model.addAttribute("norms", c.regionCode() == null ? null : settings.norms(c.regionCode()));
        // the rules an exception can still be recorded for
        model.addAttribute("openRules", c.eligibility() == null ? List.of() : c.eligibility().rules().stream()
                .filter(r -> !r.met() && r.exception() == null).map(r -> new Choice(r.ruleId().toString(), r.description()))
                .toList());
        // the dates of decisions start empty: the person who records one enters when it was taken
        defaultForm(model, "urgencyForm", new UrgencyForm(null, null));
        defaultForm(model, "exceptionForm", new ExceptionForm(null, null, null));
        defaultForm(model, "readinessForm", new ReadinessForm(null, null));
        defaultForm(model, "withdrawForm", new WithdrawForm(null));
        return "outflow/candidate";
    }

    private static void defaultForm(Model model, String name, Object form) {
        if (model.getAttribute(name) == null) {
            model.addAttribute(name, form);
        }
    }

    /**
     * Runs a step and returns to the candidate's page ({@code ?done}). What binding could not read refuses the step at
     * once; the service may refuse the rest. Refused: the page again with the problems at the fields of the step's form
     * ({@code fields} maps the service's field names to the form's), the form as entered, and the refusal's status (409
     * when someone else changed the candidate meanwhile). A candidate or offer this user may not see is not found.
     */
    public String step(UUID candidate, CurrentUser user, Model model, HttpServletResponse response, BindingResult binding,
            String formName, Record form, Map<String, String> fields, Runnable step, String done) {
        try {
            if (Forms.unreadable(binding)) {
                throw OutflowRefusals.refused(List.of());
            }
            step.run();
            return "redirect:/uitstroom/kandidaten/" + candidate + "?" + done;
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            Refused shown = refused.kind() == Refused.Kind.CONFLICT
                    ? new Refused(Refused.Kind.CONFLICT, refused.code(), List.of(Problem.of("out.problem.candidate.changedMeanwhile")))
                    : OutflowRefusals.renamed(refused, fields);
            response.setStatus(shown.status());
            forms.show(model, binding, shown);
            model.addAttribute(formName, form);
            return show(user, candidate, model);
        }
    }
}
