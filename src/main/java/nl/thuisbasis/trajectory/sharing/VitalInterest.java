package nl.thuisbasis.trajectory.sharing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.TrajectoryAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read without consent on vital interest (AVG art. 6(1)(d), 9(2)(c)): in a crisis a partner may open a client's
 * contact details or crisis plan once, with a reason it must give, found by the provider, the client number and the date
 * of birth (as on the crisis card). The access is logged on that basis and reported to the client's provider, whose
 * privacy contact reviews it; it stays open for the person who opened it for {@link #OPEN_FOR}.
 */
@Service
public class VitalInterest {

    public static final String REFUSED = "vital-interest-refused";
    public static final String PURPOSE = "purpose.trajectory.vitalInterest";
    public static final Duration OPEN_FOR = Duration.ofHours(1);
    public static final int REASON_MIN = 20;
    public static final int REASON_LENGTH = 1000;

    private final Clients clients;
    private final SharingRepository repository;
    private final Organisations organisations;
    private final ProcessingLog log;

    VitalInterest(Clients clients, SharingRepository repository, Organisations organisations, ProcessingLog log) {
        this.clients = clients;
        this.repository = repository;
        this.organisations = organisations;
        this.log = log;
    }

    /** An access as asked: whose client, which category, why. */
    public record Draft(String provider, String clientNumber, LocalDate birthDate, DataCategory category, String reason) {
    }

    /** An access as reported to the provider. */
    public record Report(UUID id, UUID clientId, String clientName, DataCategory category, String reason, String accessedBy,
            String accessorOrganisation, java.time.Instant accessedAt, String reviewedBy, java.time.Instant reviewedAt,
            String reviewNote, int version) {
    }

    /** Opens the category for the caller on vital interest; every problem at once, and a client not found is one. */
    @Transactional
    public UUID open(CurrentUser user, Draft draft) {
        if (user == null || !TrajectoryAccess.mayReceive(user.viewer())) {
            log.record(Processing.of("trajectory.vital.record", "client", "-", PURPOSE, LegalBasis.VITAL_INTEREST)
                    .deniedBecause("trajectory.log.refused"));
            throw new AccessDeniedException("only partner organisations");
        }
        List<Problem> problems = new ArrayList<>();
        String provider = Inputs.blank(draft.provider());
        if (provider == null || organisations.find(provider).filter(o -> o.type() == OrganisationType.CARE_PROVIDER).isEmpty()) {
            problems.add(Problem.at("provider", "trajectory.vital.problem.provider"));
        }
        Inputs.required(problems, "clientNumber", draft.clientNumber(), 40, "trajectory.vital.problem.clientNumber");
        if (draft.birthDate() == null || !Inputs.sensible(draft.birthDate())) {
            problems.add(Problem.at("birthDate", "trajectory.vital.problem.birthDate"));
        }
        if (draft.category() == null || !draft.category().vital()) {
            problems.add(Problem.at("category", "trajectory.vital.problem.category"));
        }
        String reason = Inputs.blank(draft.reason());
        if (reason == null || reason.length() < REASON_MIN || reason.length() > REASON_LENGTH) {
            problems.add(Problem.at("reason", "trajectory.vital.problem.reason", REASON_MIN, REASON_LENGTH));
        }
        Refused.unless(problems, REFUSED);
        ClientView client = clients.forSharing(provider, draft.clientNumber().strip())
                .filter(c -> c.birthDate().equals(draft.birthDate())).orElse(null);
        if (client == null) {
            log.record(Processing.of("trajectory.vital.record", "client", "-", PURPOSE, LegalBasis.VITAL_INTEREST)
                    .deniedBecause("trajectory.log.vitalNoMatch"));
            throw Refused.invalid(REFUSED, Problem.at("clientNumber", "trajectory.vital.problem.noMatch"));
        }
        UUID id = UUID.randomUUID();
        repository.insertVital(id, client.id(), client.providerCode(), draft.category(), reason, user.getUsername(),
                user.organisationCode());
        log.record(Processing.of("trajectory.vital.record", "client", client.id().toString(), PURPOSE, LegalBasis.VITAL_INTEREST)
                .withDetailsKey("trajectory.log.vital", Problem.label("traj.consent.category." + draft.category().name())));
        return id;
    }

    /** A page of the accesses to the provider's clients, not yet reviewed first, for its staff. */
    @Transactional
    public List<Report> reports(CurrentUser user, PageQuery page) {
        requireProvider(user, "vital.list");
        List<Report> reports = repository.vitalOf(user.organisationCode(), page.offset(), page.pageSize()).stream()
                .map(VitalInterest::report).toList();
        log.recordEach(reports.stream().map(r -> Processing.of("trajectory.vital.list", "client", r.clientId().toString(),
                Clients.PURPOSE, LegalBasis.CARE)).toList());
        return reports;
    }

    /** How many reports a provider has in all, and how many wait for review. */
    public record Counts(long all, long waiting) {
    }

    /** The counts of the user's provider (none for anyone else): only the provider's own reports. */
    public Counts counts(CurrentUser user) {
        if (user == null || !TrajectoryAccess.mayRegister(user.viewer())) {
            return new Counts(0, 0);
        }
        return repository.countVitalOf(user.organisationCode());
    }

    /** The accesses to one client (for their overview); the caller checked the client is the provider's. */
    public List<Report> ofClient(ClientView client) {
        return repository.vitalOfClient(client.id()).stream().map(VitalInterest::report).toList();
    }

    /** The privacy contact marks an access as reviewed, with a note, at the version read (409 when already reviewed). */
    @Transactional
    public void review(CurrentUser user, UUID id, int version, String note) {
        requireProvider(user, "vital.review");
        List<Problem> problems = new ArrayList<>();
        Inputs.required(problems, "note", note, 500, "trajectory.vital.problem.note");
        Refused.unless(problems, REFUSED);
        SharingRepository.VitalAccess found = repository.vital(id)
                .filter(v -> v.providerCode().equals(user.organisationCode())).orElseThrow(Refused::notFound);
        if (!repository.review(id, user.organisationCode(), version, note.strip(), user.getUsername())) {
            throw Refused.stale();
        }
        log.record(Processing.of("trajectory.vital.review", "client", found.clientId().toString(), Clients.PURPOSE,
                LegalBasis.CARE));
    }

    private void requireProvider(CurrentUser user, String what) {
        if (user == null || !TrajectoryAccess.mayRegister(user.viewer())) {
            log.record(Processing.of("trajectory." + what, "client", "-", Clients.PURPOSE, LegalBasis.CARE)
                    .deniedBecause("trajectory.log.refused"));
            throw new AccessDeniedException("the provider's staff review accesses to their clients");
        }
    }

    private static Report report(SharingRepository.VitalAccess v) {
        return new Report(v.id(), v.clientId(), v.clientName(), v.category(), v.reason(), v.accessedBy(),
                v.accessorOrganisation(), v.accessedAt(), v.reviewedBy(), v.reviewedAt(), v.reviewNote(), v.version());
    }
}
