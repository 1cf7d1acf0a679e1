package nl.thuisbasis.outflow.vacancy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateReading;
import nl.thuisbasis.outflow.matching.Matching;
import nl.thuisbasis.outflow.offer.OfferReading;
import nl.thuisbasis.outflow.offer.Offers;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page of one vacancy: for its corporation what the latest matching round proposes for it, adopting a proposal,
 * making the offer and letting go; for everyone who may see it its offers. The steps on it post to the vacancy's, the
 * matching's and the offer's controllers, which show the page again with what was refused: each step's form record
 * stays in the model under its own name (its fields have names unique on the page), its problems next to its fields.
 */
@Component
public class VacancyPage {

    private final Vacancies vacancies;
    private final Matching matching;
    private final OfferReading offers;
    private final CandidateReading candidates;
    private final Forms forms;

    VacancyPage(Vacancies vacancies, Matching matching, OfferReading offers, CandidateReading candidates, Forms forms) {
        this.vacancies = vacancies;
        this.matching = matching;
        this.offers = offers;
        this.candidates = candidates;
        this.forms = forms;
    }

    /** The page, with the forms (and problems) already in the model. */
    public String show(CurrentUser user, UUID id, Model model) {
        Vacancies.VacancyView v = vacancies.get(user, id).orElseThrow(Refused::notFound);
        boolean own = user.role() == Role.CORPORATION && v.corporationCode().equals(user.organisation().code());
        model.addAttribute("v", v);
        model.addAttribute("own", own);
        Optional<Matching.RunView> run = own ? matching.latest(user, v.regionCode()) : Optional.empty();
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("proposal", run.flatMap(r -> r.vacancyProposals().stream()
                .filter(p -> p.vacancy().id().equals(id)).findFirst()).orElse(null));
        // region coordinators and administrators see the dwelling, not the offers to candidates on it
        List<Offers.OfferView> vacancyOffers = user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN ? List.of()
                : offers.ofVacancy(user, id);
        model.addAttribute("offers", vacancyOffers);
        model.addAttribute("openOffer", vacancyOffers.stream().filter(o -> o.status() == Offers.Status.OPEN).findFirst().orElse(null));
        UUID adopted = own && v.status() == Vacancies.Status.PROPOSED ? matching.adoptedCandidate(id).orElse(null) : null;
        model.addAttribute("adopted", adopted == null ? null : candidates.get(user, adopted).orElse(null));
        return "outflow/vacancy";
    }

    /**
     * Runs a step and returns to the vacancy's page ({@code ?done}). Refused input shows the page again with the
     * problems next to the step's fields (with its status: 422, 409 when someone changed the vacancy meanwhile);
     * {@code fields} names the step's field for each field of the policy (e.g. reason -> releaseReason; "" for a field
     * the page has no input for, which makes it a problem of the whole step). A vacancy or offer this user may not see is
     * not found.
     */
    public String step(UUID vacancy, CurrentUser user, Model model, HttpServletResponse response, BindingResult binding,
            Map<String, String> fields, Runnable step, String done) {
        try {
            step.run();
            return "redirect:/uitstroom/woningen/" + vacancy + "?" + done;
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            List<Problem> problems = e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("out.problem.vacancy.changed"))
                    : e.problems().stream().map(p -> on(p, fields)).toList();
            forms.show(model, binding, problems);
            return show(user, vacancy, model);
        }
    }

    private static Problem on(Problem p, Map<String, String> fields) {
        String field = p.field() == null ? null : fields.get(p.field());
        return field == null ? p : new Problem(field.isEmpty() ? null : field, p.row(), p.key(), p.args());
    }
}
