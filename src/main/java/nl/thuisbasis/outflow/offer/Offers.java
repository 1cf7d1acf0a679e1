package nl.thuisbasis.outflow.offer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateRepository;
import nl.thuisbasis.outflow.candidate.Candidates;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.KeyedText;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.matching.MatchingRepository;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.tenancy.Tenancies;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.outflow.vacancy.VacancyRepository;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers (aanbiedingen): the corporation offers the dwelling to the candidate it adopted for it; the candidate's
 * provider accepts or declines with a structured reason (a decline returns the candidate to the pool and opens the
 * dwelling again); an offer without an answer for the region's number of days is stalled. Acceptance creates the
 * tenancy-with-care agreement. Reading offers is {@link OfferReading}'s.
 */
@Service
public class Offers {

    private final OfferRepository repository;
    private final MatchingRepository proposals;
    private final CandidateRepository candidateRows;
    private final Candidates candidates;
    private final VacancyRepository vacancies;
    private final Tenancies tenancies;
    private final OutflowSettings settings;
    private final ProcessingLog log;
    private final OutflowClock clock;

    Offers(OfferRepository repository, MatchingRepository proposals, CandidateRepository candidateRows, Candidates candidates,
            VacancyRepository vacancies, Tenancies tenancies, OutflowSettings settings, ProcessingLog log, OutflowClock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.candidateRows = candidateRows;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.tenancies = tenancies;
        this.settings = settings;
        this.log = log;
        this.clock = clock;
    }

    public enum Status { OPEN, ACCEPTED, DECLINED, WITHDRAWN }

    /** Why an offer was declined (a category; details stay with the provider); its label is {@code out.decline.<name>}. */
    public enum DeclineReason {
        DWELLING_UNSUITABLE, LOCATION_UNSUITABLE, CLIENT_NOT_READY, CLIENT_DECLINED, CIRCUMSTANCES_CHANGED, OTHER
    }

    /**
     * An offer, for its provider, its corporation and the deciding municipality (region coordinators and administrators
     * see offers only in the monitor's aggregates). {@code candidateId} and {@code candidateReference} only while the
     * viewer may see the candidate (a corporation: while the offer is open or the candidate lives in the dwelling);
     * {@code declineNote} only for the provider and the municipality.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfferView(UUID id, UUID vacancyId, String vacancyAddress, String municipalityCode, String municipalityName,
            UUID candidateId, String candidateReference, String corporationCode, String corporationName, String providerCode,
            String providerName, LocalDate offeredOn, String madeBy, Status status, LocalDate answeredOn, String answeredBy,
            DeclineReason declineReason, String declineNote, boolean stalled, long daysOpen, LocalDate urgencyGrantedOn,
            long waitingDays, boolean withinNorm, UUID tenancyId, int version, LocalDate availableFrom) {
    }

    /** The corporation offers its vacancy to the candidate adopted for it. */
    @Transactional
    public UUID make(CurrentUser user, UUID vacancyId, LocalDate offeredOn) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("the corporation of the vacancy makes the offer");
        }
        Vacancies.VacancyView vacancy = vacancies.lock(vacancyId)
                .filter(v -> v.corporationCode().equals(user.organisation().code()))
                .orElseThrow(Refused::notFound);
        List<Problem> problems = new ArrayList<>();
        if (vacancy.status() != Vacancies.Status.PROPOSED) {
            problems.add(Problem.of("out.problem.offer.make.notProposed"));
        }
        LocalDate today = clock.today();
        if (offeredOn == null || offeredOn.isAfter(today)) {
            problems.add(Problem.at("offeredOn", "out.problem.offer.make.date"));
        }
        OutflowRefusals.unless(problems);
        UUID candidateId = proposals.proposedCandidate(vacancyId).orElseThrow();
        CandidateRepository.Row candidate = candidateRows.lock(candidateId);
        if (offeredOn.isBefore(candidate.urgencyGrantedOn())) {
            throw OutflowRefusals.refused(Problem.at("offeredOn", "out.problem.offer.make.beforeUrgency"));
        }
        UUID id = UUID.randomUUID();
        repository.insert(id, vacancyId, candidateId, vacancy.corporationCode(), candidate.providerCode(), offeredOn,
                user.getUsername());
        vacancies.setStatus(vacancyId, Vacancies.Status.OFFERED);
        candidates.move(candidateId, candidate.status(), CandidateStatus.OFFERED,
                KeyedText.of("out.history.offered", vacancy.address(), vacancy.municipalityName()), user.getUsername());
        log.record(Processing.of("outflow.offer.make", "candidate", candidateId.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.offer", id));
        return id;
    }

    /** The candidate's provider accepts: the candidate is housed and the tenancy-with-care agreement starts. */
    @Transactional
    public UUID accept(CurrentUser user, UUID offerId, LocalDate startsOn, Integer months) {
        OfferRepository.Row offer = ownAsProvider(user, offerId);
        List<Problem> problems = new ArrayList<>();
        if (offer.status() != Status.OPEN) {
            problems.add(Problem.of("out.problem.offer.answered"));
        }
        if (startsOn == null) {
            problems.add(Problem.at("startsOn", "out.problem.offer.accept.startsOn"));
        } else if (startsOn.isBefore(offer.offeredOn())) {
            problems.add(Problem.at("startsOn", "out.problem.offer.accept.beforeOffer"));
        } else if (startsOn.isBefore(repository.availableFrom(offer.vacancyId()))) {
            problems.add(Problem.at("startsOn", "out.problem.offer.accept.beforeAvailable",
                    repository.availableFrom(offer.vacancyId())));
        } else if (startsOn.isAfter(clock.today().plusMonths(6))) {
            problems.add(Problem.at("startsOn", "out.problem.offer.accept.tooLate"));
        }
        int length = months == null ? settings.norms(repository.regionOfVacancy(offer.vacancyId())).tenancyMonths() : months;
        if (length < 1 || length > 60) {
            problems.add(Problem.at("months", "out.problem.offer.accept.months"));
        }
        OutflowRefusals.unless(problems);
        CandidateRepository.Row candidate = candidateRows.lock(offer.candidateId());
        repository.accept(offerId, clock.today(), user.getUsername());
        vacancies.setStatus(offer.vacancyId(), Vacancies.Status.LET);
        proposals.releaseProposal(offer.vacancyId(), KeyedText.of("out.history.release.accepted"));
        candidates.move(offer.candidateId(), candidate.status(), CandidateStatus.HOUSED,
                KeyedText.of("out.history.accepted", startsOn), user.getUsername());
        UUID tenancy = tenancies.start(offerId, offer.candidateId(), offer.vacancyId(), offer.corporationCode(),
                offer.providerCode(), startsOn, length);
        log.record(Processing.of("outflow.offer.accept", "candidate", offer.candidateId().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.offer.accepted", offerId, tenancy));
        return tenancy;
    }

    /** The candidate's provider declines with a reason: the candidate returns to the pool, the dwelling is open again. */
    @Transactional
    public void decline(CurrentUser user, UUID offerId, DeclineReason reason, String note) {
        OfferRepository.Row offer = ownAsProvider(user, offerId);
        List<Problem> problems = new ArrayList<>();
        if (offer.status() != Status.OPEN) {
            problems.add(Problem.of("out.problem.offer.answered"));
        }
        if (reason == null) {
            problems.add(Problem.at("reason", "out.problem.offer.decline.reason"));
        } else if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            problems.add(Problem.at("note", "out.problem.offer.decline.other"));
        }
        if (note != null && note.length() > 1000) {
            problems.add(Problem.at("note", "out.problem.offer.decline.noteLength"));
        }
        OutflowRefusals.unless(problems);
        Problem.Label label = Problem.label("out.decline", reason);
        close(offer, Status.DECLINED, reason, note, user, KeyedText.of("out.history.release.declined", label),
                KeyedText.of("out.history.declined", label));
        log.record(Processing.of("outflow.offer.decline", "candidate", offer.candidateId().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.offer.declined", offerId, reason.name()));
    }

    /** The corporation withdraws an unanswered offer (for example when the dwelling turns out to be unavailable). */
    @Transactional
    public void withdraw(CurrentUser user, UUID offerId, String note) {
        OfferRepository.Row offer = repository.lock(offerId)
                .filter(o -> user.role() == Role.CORPORATION && o.corporationCode().equals(user.organisation().code()))
                .orElseThrow(Refused::notFound);
        if (offer.status() != Status.OPEN) {
            throw OutflowRefusals.refused(Problem.of(offer.status() == Status.WITHDRAWN ? "out.problem.offer.withdraw.already"
                    : "out.problem.offer.withdraw.answered"));
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw OutflowRefusals.refused(Problem.at("note", "out.problem.offer.withdraw.note"));
        }
        close(offer, Status.WITHDRAWN, null, note, user, KeyedText.of("out.history.release.offerWithdrawn"),
                KeyedText.of("out.history.offerWithdrawn"));
        log.record(Processing.of("outflow.offer.withdraw", "candidate", offer.candidateId().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.offer", offerId));
    }

    /**
     * Declines or withdraws an open offer: the dwelling is open again, its proposal let go ({@code released}, stored as
     * a message key), and the candidate back in the pool ({@code history}).
     */
    private void close(OfferRepository.Row offer, Status status, DeclineReason reason, String note, CurrentUser user,
            KeyedText released, KeyedText history) {
        CandidateRepository.Row candidate = candidateRows.lock(offer.candidateId());
        repository.close(offer.id(), status, clock.today(), user.getUsername(), reason,
                note == null || note.isBlank() ? null : note.trim());
        vacancies.setStatus(offer.vacancyId(), Vacancies.Status.OPEN);
        proposals.releaseProposal(offer.vacancyId(), released);
        candidates.move(offer.candidateId(), candidate.status(), CandidateStatus.URGENCY_GRANTED, history, user.getUsername());
    }

    private OfferRepository.Row ownAsProvider(CurrentUser user, UUID offerId) {
        OfferRepository.Row offer = repository.lock(offerId).orElseThrow(Refused::notFound);
        if (user.role() != Role.PROVIDER || !offer.providerCode().equals(user.organisation().code())) {
            if (user.role() == Role.CORPORATION && offer.corporationCode().equals(user.organisation().code())) {
                throw new AccessDeniedException("the candidate's provider answers the offer");
            }
            throw Refused.notFound();
        }
        return offer;
    }
}
