package nl.thuisbasis.outflow.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.outflow.candidate.CandidateResponse;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.outflow.vacancy.VacancyResponse;

/**
 * A matching round as one viewer may see it: the vacancies and candidates of theirs, and the aggregates for everyone.
 * The reasons, summaries and notes are in the reader's language.
 */
record RunResponse(UUID id, String regionCode, Instant runAt, String runBy, int candidates, int vacancies, int housed,
        Map<Rule, Integer> leftOutByRule, int leftOutWithoutOpenVacancy, List<VacancyProposal> vacancyProposals,
        List<CandidateOutcome> candidateOutcomes, List<String> notes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VacancyProposal(VacancyResponse vacancy, UUID proposedCandidateId, Integer proposedPlace, CandidateResponse proposed,
            List<Ranked> ranked, UUID adoptedCandidateId, String adoptedReference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ranked(int place, UUID candidateId, String label, boolean proposedHere, List<String> reasons) {
    }

    record CandidateOutcome(UUID candidateId, String reference, UUID proposedVacancyId, String proposedVacancy,
            String leftOutSummary, Map<Rule, Integer> blockedByRule, Integer openVacancies) {
    }

    static RunResponse from(Matching.RunView r, Messages messages) {
        return new RunResponse(r.id(), r.regionCode(), r.runAt(), r.runBy(), r.candidates(), r.vacancies(), r.housed(),
                r.leftOutByRule(), r.leftOutWithoutOpenVacancy(), r.vacancyProposals().stream().map(p -> new VacancyProposal(
                        VacancyResponse.from(p.vacancy()), p.proposedCandidateId(), p.proposedPlace(), p.proposed() == null ? null : CandidateResponse.from(p.proposed(), messages),
                        p.ranked().stream().map(x -> new Ranked(x.place(), x.candidateId(), x.label(), x.proposedHere(),
                                x.reasons())).toList(), p.adoptedCandidateId(), p.adoptedReference())).toList(),
                r.candidateOutcomes().stream().map(o -> new CandidateOutcome(o.candidateId(), o.reference(),
                        o.proposedVacancyId(), o.proposedVacancy(), o.leftOutSummary(), o.blockedByRule(), o.openVacancies()))
                        .toList(), r.notes());
    }
}
