package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.OutflowProperties;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.EarlySignals;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording early signals, their steps and their outcome (decision 0018). The corporation records signals about its own
 * tenants housed through outflow, the municipality about the households living there; the deadline is the type's term
 * in working days after the day received; a signal is a repeat when the household had one in the window before it. The
 * corporation, the care provider and the municipality of the household record steps and the outcome, which closes the
 * signal. Every write is in the processing log with the household's candidacy as its subject.
 */
@Service
public class EarlySignalRegister {

    private final SignalRepository repository;
    private final SignalReading reading;
    private final ProcessingLog log;
    private final OutflowClock clock;
    private final OutflowProperties properties;

    EarlySignalRegister(SignalRepository repository, SignalReading reading, ProcessingLog log, OutflowClock clock,
            OutflowProperties properties) {
        this.repository = repository;
        this.reading = reading;
        this.log = log;
        this.clock = clock;
        this.properties = properties;
    }

    /** A signal as it is recorded: the household by its agreement, and what the signal says. */
    public record Draft(UUID tenancyId, EarlySignals.Type type, Integer arrearsMonths, Integer arrearsCents, LocalDate receivedOn,
            String note) {
    }

    /** The response term of a type, in working days (configured, else the default). */
    public int responseDays(EarlySignals.Type type) {
        return properties.signalResponseDays().get(type.name());
    }

    /** Records a signal; refused (422) with every problem at its field; a household not the recorder's is a problem too. */
    @Transactional
    public UUID record(CurrentUser user, Draft d) {
        SignalRepository.Household household = household(user, d.tenancyId());
        OutflowRefusals.unless(problems(user, d));
        EarlySignals.Draft draft = draft(d);
        int days = responseDays(d.type());
        int window = properties.signalRepeatMonths();
        boolean repeat = EarlySignals.repeat(d.receivedOn(), repository.receivedDays(household.candidateId()), window);
        UUID id = UUID.randomUUID();
        repository.insert(id, household, draft, days, EarlySignals.deadline(d.receivedOn(), days), repeat, window,
                Inputs.blank(d.note()), user.getUsername(), user.role());
        log.record(Processing.of("outflow.signal.record", "candidate", household.candidateId().toString(), SignalReading.PURPOSE,
                SignalReading.LEGAL_BASIS).withDetailsKey("out.log.signal.recorded", id, d.type().name()));
        return id;
    }

    /** Every problem of a signal as it would be recorded; nothing is written. */
    public List<Problem> problems(CurrentUser user, Draft d) {
        SignalRepository.Household household = household(user, d.tenancyId());
        List<Problem> problems = new ArrayList<>();
        if (household == null) {
            problems.add(Problem.at("tenancyId", "out.problem.signal.household"));
        }
        problems.addAll(EarlySignals.problems(draft(d), clock.today(), household == null ? null : household.startsOn()));
        return problems;
    }

    private static EarlySignals.Draft draft(Draft d) {
        return new EarlySignals.Draft(d.type(), d.arrearsMonths(), d.arrearsCents(), d.receivedOn(), d.note());
    }

    /** The household of the agreement, when it is the recorder's: the corporation's tenant, living in the municipality. */
    private SignalRepository.Household household(CurrentUser user, UUID tenancyId) {
        if (user.role() != Role.CORPORATION && user.role() != Role.MUNICIPALITY) {
            throw new AccessDeniedException("corporations and municipalities record early signals");
        }
        return tenancyId == null ? null : repository.household(tenancyId)
                .filter(h -> user.role() == Role.CORPORATION ? h.corporationCode().equals(user.organisation().code())
                        : h.municipalityCode().equals(user.organisation().municipalityCode()))
                .orElse(null);
    }

    /** A step on an open signal, with the version read (409 when it changed or was closed meanwhile). */
    @Transactional
    public void addStep(CurrentUser user, UUID id, Integer version, EarlySignals.StepKind kind, LocalDate takenOn, String note) {
        SignalRepository.Row s = keeper(user, id);
        List<Problem> problems = EarlySignals.stepProblems(s.outcome() != null, kind, takenOn, note, s.receivedOn(), clock.today());
        if (version == null) {
            problems.add(Problem.at("version", "out.problem.signal.version"));
        }
        OutflowRefusals.unless(problems);
        if (!repository.addStep(id, version, kind, takenOn, Inputs.blank(note), user.getUsername())) {
            throw Refused.stale();
        }
        log.record(Processing.of("outflow.signal.step", "candidate", s.candidateId().toString(), SignalReading.PURPOSE,
                SignalReading.LEGAL_BASIS).withDetailsKey("out.log.signal.step", id, kind.name()));
    }

    /** The outcome closes the signal, with the version read (409 when it changed meanwhile). */
    @Transactional
    public void close(CurrentUser user, UUID id, Integer version, EarlySignals.Outcome outcome, LocalDate decidedOn, String note) {
        SignalRepository.Row s = keeper(user, id);
        List<Problem> problems = EarlySignals.outcomeProblems(s.outcome() != null, outcome, decidedOn, note, s.receivedOn(),
                clock.today());
        if (version == null) {
            problems.add(Problem.at("version", "out.problem.signal.version"));
        }
        OutflowRefusals.unless(problems);
        if (!repository.close(id, version, outcome, decidedOn, Inputs.blank(note), user.getUsername())) {
            throw Refused.stale();
        }
        log.record(Processing.of("outflow.signal.outcome", "candidate", s.candidateId().toString(), SignalReading.PURPOSE,
                SignalReading.LEGAL_BASIS).withDetailsKey("out.log.signal.outcome", id, outcome.name()));
    }

    /** The signal, when this user may act on it; 403 for region coordinators and administrators, 404 for the rest. */
    private SignalRepository.Row keeper(CurrentUser user, UUID id) {
        SignalReading.scope(user);
        return repository.find(id).filter(s -> SignalReading.visible(user, s)).orElseThrow(Refused::notFound);
    }
}
