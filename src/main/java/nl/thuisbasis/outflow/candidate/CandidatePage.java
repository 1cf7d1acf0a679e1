package nl.thuisbasis.outflow.candidate;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.offer.OfferReading;
import nl.thuisbasis.outflow.offer.Offers;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.tenancy.TenancyReading;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one candidate, with the next step for whoever is looking: urgency and exceptions for the municipality,
 * readiness and answers to offers for the provider; its offers and its agreement. The steps on it post to the candidate's
 * and the offer's controllers, which show the page again with what was refused.
 */
@Component
public class CandidatePage {

    private final CandidateReading reading;
    private final OfferReading offers;
    private final TenancyReading tenancies;
    private final OutflowSettings settings;
    private final Messages messages;

    CandidatePage(CandidateReading reading, OfferReading offers, TenancyReading tenancies, OutflowSettings settings,
            Messages messages) {
        this.reading = reading;
        this.offers = offers;
        this.tenancies = tenancies;
        this.settings = settings;
        this.messages = messages;
    }

    /** The page, with the problems of a refused step and what was entered for it. */
    public String show(CurrentUser user, UUID id, Model model, List<String> problems, Map<String, String> entered) {
        CandidateView c = reading.get(user, id).orElseThrow(Refused::notFound);
        CandidateAccess.Viewer viewer = OutflowAccess.viewer(user);
        CandidateAccess.Subject subject = new CandidateAccess.Subject(c.providerCode(), c.decidingMunicipality(), Set.of());
        boolean provider = c.full() && CandidateAccess.isProvider(viewer, subject);
        boolean municipality = c.full() && CandidateAccess.isDecidingMunicipality(viewer, subject);
        model.addAttribute("c", c);
        model.addAttribute("isProvider", provider);
        model.addAttribute("isMunicipality", municipality);
        model.addAttribute("offers", offers.ofCandidate(user, id));
        model.addAttribute("tenancy", tenancies.ofCandidate(user, id).orElse(null));
        model.addAttribute("declineReasons", Offers.DeclineReason.values());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(OutflowClock.ZONE).toString());
        model.addAttribute("norms", c.regionCode() == null ? null : settings.norms(c.regionCode()));
        return "outflow/candidate";
    }

    /** A step on the page: what it could not read goes to the problems; the service may refuse the rest. */
    public interface Step {
        void run(List<String> problems);
    }

    /**
     * Runs a step and returns to the candidate's page ({@code ?done}); refused input shows the page again with the
     * problems and what was entered (422). A candidate or offer this user may not see is not found.
     */
    public String step(UUID candidate, CurrentUser user, Model model, HttpServletResponse response, Map<String, String> entered,
            Step step, String done) {
        List<String> problems = new ArrayList<>();
        try {
            step.run(problems);
            if (problems.isEmpty()) {
                return "redirect:/uitstroom/kandidaten/" + candidate + "?" + done;
            }
        } catch (Refused e) {
            switch (e.kind()) {
                case NOT_FOUND -> throw e;
                case CONFLICT -> problems.add("Iemand anders heeft deze kandidaat intussen gewijzigd; bekijk de actuele stand en "
                        + "probeer het opnieuw.");
                default -> problems.addAll(messages.texts(e.problems()));
            }
        }
        response.setStatus(422);
        return show(user, candidate, model, problems, entered);
    }
}
