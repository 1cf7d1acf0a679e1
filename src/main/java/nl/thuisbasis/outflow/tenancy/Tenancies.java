package nl.thuisbasis.outflow.tenancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.OutflowNorms;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import nl.thuisbasis.outflow.TenancyOutcomeRecorded;
import nl.thuisbasis.outflow.TenancyStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenancy-with-care agreements (huurzorgovereenkomsten) between tenant, corporation and provider: 12 months by default,
 * evaluated at 3 and 6 months and at the end; then the outcome: a regular lease, an extension (with a new end and one
 * more evaluation), or the end (eviction, relapse, moved, other). The provider and the corporation of the agreement keep
 * it; the deciding municipality reads it; region coordinators and administrators see them only as the monitor's
 * aggregates (403 on the records). Reading them is {@link TenancyReading}'s.
 */
@Service
public class Tenancies {

    private final TenancyRepository repository;
    private final TenancyReading reading;
    private final ProcessingLog log;
    private final OutflowClock clock;

    Tenancies(TenancyRepository repository, TenancyReading reading, ProcessingLog log, OutflowClock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.reading = reading;
        this.log = log;
        this.clock = clock;
    }

    private final ApplicationEventPublisher events;

    public enum Outcome { REGULAR_LEASE, EXTENDED, ENDED }

    public enum EndReason { EVICTION, RELAPSE, MOVED, OTHER }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evaluation(int month, LocalDate dueOn, LocalDate heldOn, String summary, String recordedBy, boolean overdue) {
    }

    public record OutcomeRecord(Outcome outcome, EndReason endReason, LocalDate decidedOn, String note, String recordedBy,
            Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TenancyView(UUID id, UUID offerId, UUID candidateId, String tenantReference, UUID vacancyId, String address,
            String municipalityCode, String municipalityName, String corporationCode, String corporationName,
            String providerCode, String providerName, LocalDate startsOn, LocalDate endsOn, List<Evaluation> evaluations,
            Outcome outcome, EndReason endReason, LocalDate outcomeOn, List<OutcomeRecord> outcomes, boolean outcomeDue,
            int version) {

        public boolean evaluationOverdue() {
            return evaluations.stream().anyMatch(Evaluation::overdue);
        }
    }

    /** Starts an agreement for an accepted offer, with its evaluation moments (3, 6 and the end). */
    public UUID start(UUID offerId, UUID candidateId, UUID vacancyId, String corporationCode, String providerCode, LocalDate startsOn,
            int months) {
        UUID id = UUID.randomUUID();
        repository.insert(id, offerId, candidateId, vacancyId, corporationCode, providerCode, startsOn, startsOn.plusMonths(months));
        for (int month : OutflowNorms.evaluationMonths(months)) {
            repository.addEvaluation(id, month, startsOn.plusMonths(month));
        }
        events.publishEvent(new TenancyStarted(id, candidateId, corporationCode, providerCode, startsOn,
                startsOn.plusMonths(months)));
        return id;
    }

    /** The provider or the corporation of the agreement records an evaluation. */
    @Transactional
    public TenancyView recordEvaluation(CurrentUser user, UUID id, Integer month, LocalDate heldOn, String summary) {
        TenancyRepository.Row t = keeper(user, id);
        List<Problem> problems = new ArrayList<>();
        Optional<Optional<LocalDate>> held = month == null ? Optional.empty() : repository.lockEvaluation(id, month);
        if (held.isEmpty()) {
            problems.add(Problem.at("month", "out.problem.tenancy.evaluation.moment"));
        } else if (held.get().isPresent()) {
            problems.add(Problem.at("month", "out.problem.tenancy.evaluation.recorded", month, held.get().get()));
        }
        if (heldOn == null || heldOn.isAfter(clock.today()) || heldOn.isBefore(t.startsOn())) {
            problems.add(Problem.at("heldOn", "out.problem.tenancy.evaluation.date"));
        }
        if (summary == null || summary.isBlank() || summary.length() > 2000) {
            problems.add(Problem.at("summary", "out.problem.tenancy.evaluation.summary"));
        }
        OutflowRefusals.unless(problems);
        repository.recordEvaluation(id, month, heldOn, summary.trim(), user.getUsername());
        log.record(Processing.of("outflow.tenancy.evaluation", "candidate", t.candidateId().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.tenancy.evaluation", id, month));
        return reading.get(user, id).orElseThrow();
    }

    /**
     * The outcome: a regular lease or an extension from a month before the end, an end at any time after the start (with
     * its reason). An extension moves the end and adds an evaluation there; a later outcome follows it.
     */
    @Transactional
    public TenancyView recordOutcome(CurrentUser user, UUID id, Outcome outcome, EndReason endReason, LocalDate decidedOn,
            String note, Integer extendMonths) {
        TenancyRepository.Row t = keeper(user, id);
        List<Problem> problems = new ArrayList<>();
        if (t.outcome() == Outcome.REGULAR_LEASE || t.outcome() == Outcome.ENDED) {
            problems.add(Problem.of("out.problem.tenancy.outcome.recorded"));
        }
        if (outcome == null) {
            problems.add(Problem.at("outcome", "out.problem.tenancy.outcome.choose"));
        }
        if (decidedOn == null || decidedOn.isAfter(clock.today()) || decidedOn.isBefore(t.startsOn())) {
            problems.add(Problem.at("decidedOn", "out.problem.tenancy.outcome.date"));
        } else if ((outcome == Outcome.REGULAR_LEASE || outcome == Outcome.EXTENDED) && decidedOn.isBefore(t.endsOn().minusMonths(1))) {
            problems.add(Problem.at("decidedOn", "out.problem.tenancy.outcome.early", t.endsOn().minusMonths(1)));
        }
        if (outcome == Outcome.ENDED && endReason == null) {
            problems.add(Problem.at("endReason", "out.problem.tenancy.outcome.endReason"));
        }
        if (outcome != Outcome.ENDED && endReason != null) {
            problems.add(Problem.at("endReason", "out.problem.tenancy.outcome.endReasonOnly"));
        }
        if (outcome == Outcome.EXTENDED && (extendMonths == null || extendMonths < 1 || extendMonths > 24)) {
            problems.add(Problem.at("extendMonths", "out.problem.tenancy.outcome.extend"));
        }
        if (note != null && note.length() > 1000) {
            problems.add(Problem.at("note", "out.problem.tenancy.outcome.noteLength"));
        }
        OutflowRefusals.unless(problems);
        LocalDate endsOn = outcome == Outcome.EXTENDED ? t.endsOn().plusMonths(extendMonths) : t.endsOn();
        repository.recordOutcome(id, outcome, endReason, decidedOn, note == null || note.isBlank() ? null : note.trim(),
                user.getUsername(), endsOn);
        if (outcome == Outcome.EXTENDED) {
            int month = (int) ChronoUnit.MONTHS.between(t.startsOn(), endsOn);
            repository.addEvaluation(id, month, endsOn);
        }
        events.publishEvent(new TenancyOutcomeRecorded(id, t.candidateId(), outcome.name(),
                endReason == null ? null : endReason.name(), decidedOn));
        log.record(Processing.of("outflow.tenancy.outcome", "candidate", t.candidateId().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey(endReason == null ? "out.log.tenancy.outcome"
                        : "out.log.tenancy.outcomeWithReason", id, outcome.name(), endReason == null ? null : endReason.name()));
        return reading.get(user, id).orElseThrow();
    }

    private TenancyRepository.Row keeper(CurrentUser user, UUID id) {
        TenancyRepository.Row t = repository.lock(id).orElseThrow(Refused::notFound);
        boolean keeps = (user.role() == Role.CORPORATION && t.corporationCode().equals(user.organisation().code()))
                || (user.role() == Role.PROVIDER && t.providerCode().equals(user.organisation().code()));
        if (!keeps) {
            // not your step (403) for the region and the administrator (403 on agreements anyway) and whoever may read
            // the agreement; for everyone else it does not exist (404)
            if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN
                    || reading.visible(user, t.corporationCode(), t.providerCode(), t.candidateId())) {
                throw new AccessDeniedException("the provider and the corporation of the agreement keep it");
            }
            throw Refused.notFound();
        }
        return t;
    }
}
