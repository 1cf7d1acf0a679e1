package nl.thuisbasis.trajectory.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.AssessmentRules;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.Instrument;
import nl.thuisbasis.trajectory.domain.Progress;
import nl.thuisbasis.trajectory.instrument.Instruments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Life-domain assessments of a client: made with the instrument their region uses now, and kept with that instrument
 * version for good, so an old assessment reads as it was made even after the region loads another version. The
 * history shows per domain the scores over time and the change since the previous score. Only the provider's staff;
 * every read and write is in the processing log.
 */
@Service
public class Assessments {

    public static final String REFUSED = "assessment-refused";

    private final AssessmentRepository repository;
    private final Clients clients;
    private final Instruments instruments;
    private final ProcessingLog log;

    Assessments(AssessmentRepository repository, Clients clients, Instruments instruments, ProcessingLog log) {
        this.repository = repository;
        this.clients = clients;
        this.instruments = instruments;
        this.log = log;
    }

    /** An assessment as entered: the day, the start of the period it describes (null: the 30 days before) and the scores. */
    public record Draft(LocalDate assessedOn, LocalDate periodFrom, Map<String, DomainScore> scores) {
    }

    /** An assessment with the instrument version it was made with. */
    public record Assessment(UUID id, Instrument instrument, LocalDate assessedOn, LocalDate periodFrom, String assessor,
            Map<String, DomainScore> scores) {
    }

    /** A client's assessments (oldest first) and the change per domain since the previous score. */
    public record History(ClientView client, List<Assessment> assessments, List<Progress.Change> changes) {
    }

    /** The instrument a new assessment of this client is made with. */
    public Instruments.Stored instrumentFor(CurrentUser user, UUID clientId) {
        return instrumentFor(clients.require(user, clientId, "assessment.form"));
    }

    @Transactional
    public UUID record(CurrentUser user, UUID clientId, Draft draft) {
        ClientView client = clients.require(user, clientId, "assessment.record");
        Instruments.Stored instrument = instrumentFor(client);
        Map<String, DomainScore> scores = draft.scores() == null ? Map.of() : draft.scores();
        List<Problem> problems = AssessmentRules.problems(instrument.instrument(), draft.assessedOn(), draft.periodFrom(),
                client.birthDate(), clients.today(), scores);
        Refused.unless(problems, REFUSED);
        UUID id = UUID.randomUUID();
        LocalDate from = draft.periodFrom() != null ? draft.periodFrom() : AssessmentRules.defaultPeriodFrom(draft.assessedOn());
        repository.insert(id, clientId, instrument.id(), draft.assessedOn(), from, user.getUsername(), scores);
        log.record(Processing.of("trajectory.assessment.record", "client", clientId.toString(), Clients.PURPOSE, LegalBasis.CARE));
        return id;
    }

    @Transactional
    public History history(CurrentUser user, UUID clientId) {
        ClientView client = clients.require(user, clientId, "assessment.read");
        Map<UUID, Instrument> used = new LinkedHashMap<>();
        List<Assessment> assessments = new ArrayList<>();
        for (AssessmentRepository.Stored s : repository.history(clientId)) {
            Instrument instrument = used.computeIfAbsent(s.instrumentId(), id -> instruments.find(id).orElseThrow());
            assessments.add(new Assessment(s.id(), instrument, s.assessedOn(), s.periodFrom(), s.assessor(), s.scores()));
        }
        List<Progress.Change> changes = assessments.isEmpty() ? List.of()
                : Progress.sinceLast(assessments.getLast().instrument().domainCodes(),
                        assessments.stream().map(Assessment::scores).toList());
        log.record(Processing.of("trajectory.assessment.read", "client", clientId.toString(), Clients.PURPOSE, LegalBasis.CARE));
        return new History(client, assessments, changes);
    }

    /**
     * What a support plan builds on: the instrument of the client's latest assessment with its scores and targets, or
     * the instrument their region uses now when there is no assessment yet. For a client the caller was already allowed
     * to read ({@link Clients#require}); the caller logs its own read.
     */
    public Basis basisFor(ClientView client) {
        java.util.Optional<AssessmentRepository.Stored> found = repository.latest(client.id());
        if (found.isEmpty()) {
            Instruments.Stored current = instrumentFor(client);
            return new Basis(current.id(), current.instrument(), null, Map.of());
        }
        AssessmentRepository.Stored latest = found.get();
        return new Basis(latest.instrumentId(), instruments.find(latest.instrumentId()).orElseThrow(), latest.assessedOn(),
                latest.scores());
    }

    /** The instrument a plan's goals are set in, the day of the latest assessment (null: none) and its scores. */
    public record Basis(UUID instrumentId, Instrument instrument, LocalDate assessedOn, Map<String, DomainScore> scores) {
    }

    /** The instrument the client's region uses now. */
    private Instruments.Stored instrumentFor(ClientView client) {
        return instruments.current(clients.regionOf(client)).orElseThrow();
    }
}
