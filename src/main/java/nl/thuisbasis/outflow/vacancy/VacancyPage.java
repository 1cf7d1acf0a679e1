package nl.thuisbasis.outflow.vacancy;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateReading;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.matching.Matching;
import nl.thuisbasis.outflow.offer.OfferReading;
import nl.thuisbasis.outflow.offer.Offers;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one vacancy: for its corporation what the latest matching round proposes for it, adopting a proposal,
 * making the offer and letting go; for everyone who may see it its offers. The steps on it post to the vacancy's, the
 * matching's and the offer's controllers, which show the page again with what was refused.
 */
@Component
public class VacancyPage {

    private final Vacancies vacancies;
    private final Matching matching;
    private final OfferReading offers;
    private final CandidateReading candidates;
    private final Messages messages;

    VacancyPage(Vacancies vacancies, Matching matching, OfferReading offers, CandidateReading candidates, Messages messages) {
        this.vacancies = vacancies;
        this.matching = matching;
        this.offers = offers;
        this.candidates = candidates;
        this.messages = messages;
    }

    /** The page, with the problems of a refused step and what was entered for it. */
    public String show(CurrentUser user, UUID id, Model model, List<String> problems, Map<String, String> entered) {
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
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(OutflowClock.ZONE).toString());
        return "outflow/vacancy";
    }

    /**
     * Runs a step and returns to the vacancy's page ({@code ?done}); refused input shows the page again with the problems
     * and what was entered (422). A vacancy or offer this user may not see is not found.
     */
    public String step(UUID vacancy, CurrentUser user, Model model, HttpServletResponse response, Map<String, String> entered,
            Runnable step, String done) {
        List<String> problems = new ArrayList<>();
        try {
            step.run();
            return "redirect:/uitstroom/woningen/" + vacancy + "?" + done;
        } catch (Refused e) {
            switch (e.kind()) {
                case NOT_FOUND -> throw e;
                case CONFLICT -> problems.add("Intussen is er iets veranderd; bekijk de actuele stand en probeer het opnieuw.");
                default -> problems.addAll(messages.texts(e.problems()));
            }
        }
        response.setStatus(422);
        return show(user, vacancy, model, problems, entered);
    }
}
