package nl.thuisbasis.outflow.matching;

import nl.thuisbasis.outflow.common.KeyedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateRepository;
import nl.thuisbasis.outflow.candidate.CandidateView;
import nl.thuisbasis.outflow.candidate.Candidates;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.matching.Candidate;
import nl.thuisbasis.outflow.domain.matching.MatchingEngine;
import nl.thuisbasis.outflow.domain.matching.MatchingResult;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.outflow.domain.matching.Vacancy;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.outflow.vacancy.VacancyRepository;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A matching round: the open candidates and vacancies of a region go into the engine ({@link MatchingInput}); the run
 * is kept (ids only) so a proposal can always be traced to the round it came from. People decide: a corporation adopts
 * a proposal for its own vacancy (or another candidate from the ranked list, with a reason), which lets it see that
 * candidate's minimal fields and make the offer. Everyone sees the round as far as they may ({@link RoundViews}).
 */
@Service
public class Matching {

    /** The API problem code of a refused matching step. */
    static final String REFUSED = "outflow-refused";

    private final MatchingInput input;
    private final RoundViews views;
    private final MatchingRepository repository;
    private final CandidateRepository candidateRows;
    private final Candidates candidates;
    private final VacancyRepository vacancies;
    private final OutflowSettings settings;
    private final ProcessingLog log;

    Matching(MatchingInput input, RoundViews views, MatchingRepository repository, CandidateRepository candidateRows,
            Candidates candidates, VacancyRepository vacancies, OutflowSettings settings, ProcessingLog log) {
        this.input = input;
        this.views = views;
        this.repository = repository;
        this.candidateRows = candidateRows;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.settings = settings;
        this.log = log;
    }

    /** A round as one viewer may see it: the vacancies and candidates of theirs, and the aggregates for everyone. */
    public record RunView(UUID id, String regionCode, Instant runAt, String runBy, int candidates, int vacancies, int housed,
            Map<Rule, Integer> leftOutByRule, int leftOutWithoutOpenVacancy, List<VacancyProposal> vacancyProposals,
            List<CandidateOutcome> candidateOutcomes, List<String> notes) {
    }

    /**
     * One vacancy of the viewer's: whom the engine proposes (with the minimal fields, for its corporation), the ranked
     * list (other candidates without identity), and whether a proposal was adopted already.
     */
    public record VacancyProposal(Vacancies.VacancyView vacancy, UUID proposedCandidateId, Integer proposedPlace,
            CandidateView proposed, List<RankedView> ranked, UUID adoptedCandidateId, String adoptedReference) {
    }

    /** One place on a vacancy's list; {@code candidateId} only for the candidate the viewer may see (the proposal). */
    public record RankedView(int place, UUID candidateId, String label, boolean proposedHere, List<String> reasons) {
    }

    /** An adopted proposal: the proposal and the candidate now linked to the corporation. */
    public record Adopted(UUID proposalId, UUID candidateId, int place) {
    }

    /** One candidate of the viewer's: proposed for which vacancy, or why not. */
    public record CandidateOutcome(UUID candidateId, String reference, UUID proposedVacancyId, String proposedVacancy,
            String leftOutSummary, Map<Rule, Integer> blockedByRule, Integer openVacancies) {
    }

    /** Runs the engine for the region and keeps the round. */
    @Transactional
    public RunView run(CurrentUser user, String regionCode) {
        mayRun(user, regionCode);
        MatchingInput.Input in = input.of(regionCode);
        MatchingResult result = MatchingEngine.solve(in.problem());
        UUID id = UUID.randomUUID();
        repository.insertRun(id, regionCode, user.getUsername(), in.problem().candidates().size(), in.problem().vacancies().size(),
                result.objective(), new MatchingRepository.Stored(result, in.notes()));
        log.record(Processing.of("outflow.matching.run", "matching-run", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.matching.run", in.problem().candidates().size(),
                        in.problem().vacancies().size(), result.objective().housed()));
        return views.view(user, repository.latest(regionCode).orElseThrow());
    }

    /** The latest round of the region as this user may see it. */
    @Transactional
    public Optional<RunView> latest(CurrentUser user, String regionCode) {
        staff(user);
        return repository.latest(regionCode).map(r -> views.view(user, r));
    }

    /** The candidate adopted for a vacancy, if a proposal is open. */
    public Optional<UUID> adoptedCandidate(UUID vacancyId) {
        return Optional.ofNullable(repository.adoptedFor(List.of(vacancyId)).get(vacancyId)).map(Map.Entry::getKey);
    }

    /**
     * The corporation adopts a proposal for its vacancy: the engine's, or another candidate of the ranked list with a
     * reason. The pair must still meet every hard rule now.
     */
    @Transactional
    public Adopted adopt(CurrentUser user, UUID runId, UUID vacancyId, Integer place, String reason) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("the corporation of the vacancy adopts a proposal");
        }
        Vacancies.VacancyView vacancy = ownVacancy(user, vacancyId);
        if (runId == null) {
            throw Refused.invalid(REFUSED, Problem.at("matchingRunId", "out.problem.matching.run.missing"));
        }
        MatchingRepository.RunRow run = repository.latest(vacancy.regionCode()).filter(r -> r.id().equals(runId)).orElseThrow(
                () -> Refused.invalid(REFUSED, Problem.of("out.problem.matching.run.stale")));
        List<MatchingResult.Ranked> ranked = run.stored().result().rankedPerVacancy().getOrDefault(vacancyId.toString(), List.of());
        Optional<MatchingResult.Ranked> chosen = place == null ? Optional.empty()
                : ranked.stream().filter(r -> r.place() == place).findFirst();
        List<Problem> problems = new ArrayList<>();
        if (vacancy.status() != Vacancies.Status.OPEN) {
            problems.add(Problem.of("out.problem.matching.vacancy.taken"));
        }
        if (chosen.isEmpty()) {
            problems.add(place == null ? Problem.at("place", "out.problem.matching.place.missing")
                    : Problem.at("place", "out.problem.matching.place.unknown", place));
        } else if (!chosen.get().proposed() && (reason == null || reason.isBlank())) {
            problems.add(Problem.at("reason", "out.problem.matching.reason.missing"));
        }
        if (reason != null && reason.length() > 500) {
            problems.add(Problem.at("reason", "out.problem.matching.reason.long"));
        }
        Refused.unless(problems, REFUSED);
        UUID candidateId = UUID.fromString(chosen.get().candidateId());
        CandidateRepository.Row candidate = candidateRows.lock(candidateId);
        MatchingInput.Input now = input.of(vacancy.regionCode());
        Candidate c = now.problem().candidates().stream().filter(x -> x.id().equals(candidateId.toString())).findFirst()
                .orElseThrow(() -> Refused.invalid(REFUSED, Problem.of("out.problem.matching.candidate.unavailable")));
        Vacancy v = now.problem().vacancies().stream().filter(x -> x.id().equals(vacancyId.toString())).findFirst().orElseThrow();
        Rule broken = now.problem().broken(c, v);
        if (broken != null) {
            throw Refused.invalid(REFUSED, Problem.of("out.problem.matching.rules.broken", Problem.label(broken.key())));
        }
        UUID id = UUID.randomUUID();
        repository.insertProposal(id, vacancyId, candidateId, runId, chosen.get().place(), user.getUsername());
        vacancies.setStatus(vacancyId, Vacancies.Status.PROPOSED);
        candidates.move(candidateId, candidate.status(), CandidateStatus.PROPOSED, chosen.get().proposed()
                ? KeyedText.of("out.history.matching.adopted", vacancy.address())
                : KeyedText.of("out.history.matching.chosen", chosen.get().place(), reason.trim(), vacancy.address()),
                user.getUsername());
        log.record(Processing.of("outflow.proposal.adopt", "candidate", candidateId.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.proposal.adopt", vacancyId.toString(), chosen.get().place()));
        return new Adopted(id, candidateId, chosen.get().place());
    }

    /** The corporation lets an adopted proposal go; the candidate returns to the pool, the vacancy is open again. */
    @Transactional
    public void release(CurrentUser user, UUID vacancyId, String reason) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("the corporation of the vacancy lets a proposal go");
        }
        Vacancies.VacancyView vacancy = ownVacancy(user, vacancyId);
        if (vacancy.status() != Vacancies.Status.PROPOSED) {
            throw Refused.invalid(REFUSED, Problem.of("out.problem.matching.release.none"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Refused.invalid(REFUSED, Problem.at("reason", "out.problem.matching.release.reason"));
        }
        UUID candidateId = repository.proposedCandidate(vacancyId).orElseThrow();
        repository.releaseProposal(vacancyId, reason.trim());
        vacancies.setStatus(vacancyId, Vacancies.Status.OPEN);
        candidates.move(candidateId, CandidateStatus.PROPOSED, CandidateStatus.URGENCY_GRANTED,
                KeyedText.of("out.history.matching.released", reason.trim()), user.getUsername());
        log.record(Processing.of("outflow.proposal.release", "candidate", candidateId.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.proposal.release", vacancyId.toString()));
    }

    /** The corporation's own vacancy, locked; another's does not exist for it. */
    private Vacancies.VacancyView ownVacancy(CurrentUser user, UUID vacancyId) {
        return vacancies.lock(vacancyId).filter(v -> v.corporationCode().equals(user.organisation().code()))
                .orElseThrow(Refused::notFound);
    }

    /**
     * Who starts a round: the region coordinator, a municipality or a corporation of the region. Not a care provider
     * (it answers offers, it does not steer the proposals) and not the administrator: a new round makes the proposals
     * that a corporation has not adopted yet stale, so it is a step of those who work with them.
     */
    public boolean mayRun(CurrentUser user) {
        return user != null && (user.role() == Role.REGION_COORDINATOR || user.role() == Role.MUNICIPALITY
                || user.role() == Role.CORPORATION);
    }

    private void mayRun(CurrentUser user, String regionCode) {
        staff(user);
        String code = settings.region(regionCode).code();
        if (!mayRun(user)) {
            throw new AccessDeniedException("the region coordinator, a municipality or a corporation starts a matching round");
        }
        if (!code.equals(settings.regionFor(user).code())) {
            throw new AccessDeniedException("a matching round is started for one's own region");
        }
    }

    private static void staff(CurrentUser user) {
        if (user == null || user.role() == null) {
            throw new AccessDeniedException("login required");
        }
    }
}
