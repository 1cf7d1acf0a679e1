package nl.thuisbasis.trajectory.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.outflow.Signals;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TrajectoryAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients and their trajectory: registered by the care provider's staff (the provider owns the trajectory), read and
 * worked on only by that provider's staff. Every read and write of a client is one entry in the processing log, and so
 * is every refusal to someone else: a client's file shows who looked, and who was turned away.
 */
@Service
public class Clients {

    public static final String REFUSED = "client-refused";
    public static final String PURPOSE = "purpose.trajectory.support";
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ClientRepository repository;
    private final People people;
    private final RegionCatalog regions;
    private final FacilityRegister facilities;
    private final ProcessingLog log;
    private final nl.thuisbasis.trajectory.TrajectoryProperties properties;
    private final Clock clock = Clock.system(ZONE);
    private final Signals signals;

    Clients(ClientRepository repository, People people, RegionCatalog regions, FacilityRegister facilities, ProcessingLog log,
            nl.thuisbasis.trajectory.TrajectoryProperties properties, Signals signals) {
        this.properties = properties;
        this.signals = signals;
        this.repository = repository;
        this.people = people;
        this.regions = regions;
        this.facilities = facilities;
        this.log = log;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A client with the history of their phases. */
    public record Overview(ClientView client, List<PhaseStep> phases) {
    }

    /** A page of a caseload and how many clients it has in all. */
    public record Caseload(List<Entry> entries, long total) {

        public List<ClientView> clients() {
            return entries.stream().map(Entry::client).toList();
        }
    }

    /**
     * A client on a caseload with the work that waits: open actions past their date, the next evaluation not yet held,
     * and the days in the current facility (null when not in one).
     */
    public record Entry(ClientView client, int overdueActions, LocalDate nextEvaluation, Integer daysInFacility,
            List<Signals.OpenSignal> signals) {

        public Entry(ClientView client, int overdueActions, LocalDate nextEvaluation, Integer daysInFacility) {
            this(client, overdueActions, nextEvaluation, daysInFacility, List.of());
        }

        public boolean evaluationOverdue(LocalDate today) {
            return nextEvaluation != null && nextEvaluation.isBefore(today);
        }
    }

    /** The orders a caseload can be listed in. */
    public enum CaseloadOrder { NAME, NEXT_EVALUATION, OVERDUE, DAYS_IN_FACILITY }

    /** Which clients a caseload lists: of one key worker (null: the whole team), a phase, only those with work overdue. */
    public record CaseloadQuery(String keyWorker, Phase phase, boolean overdueOnly, CaseloadOrder order) {

        public CaseloadQuery {
            order = order == null ? CaseloadOrder.NAME : order;
        }
    }

    /** Every problem of a registration at once; nothing is written. {@code self}: the client corrected, or null. */
    public List<Problem> problems(CurrentUser user, ClientRules.Draft draft, UUID self) {
        Set<String> staff = new HashSet<>();
        people.staffOf(user.organisationCode()).forEach(m -> staff.add(m.username()));
        Set<String> municipalities = new HashSet<>();
        regions.regions().stream().map(Region::municipalityCodes).forEach(municipalities::addAll);
        boolean facilityKnown = draft.facilityId() == null || draft.facilityId().isBlank()
                || FacilityId.parse(draft.facilityId().strip()).flatMap(facilities::findInFull).isPresent();
        List<Problem> problems = new java.util.ArrayList<>(ClientRules.problems(draft, today(), municipalities, staff, facilityKnown));
        if (problems.stream().noneMatch(p -> "clientNumber".equals(p.field()))
                && repository.numberTaken(user.organisationCode(), draft.clientNumber().strip(), self)) {
            problems.add(Problem.at("clientNumber", "trajectory.client.problem.clientNumber.taken"));
        }
        return problems;
    }

    /** Registers a client of the user's organisation; the trajectory starts at intake today. */
    @Transactional
    public UUID register(CurrentUser user, ClientRules.Draft draft) {
        if (!TrajectoryAccess.mayRegister(viewer(user))) {
            refuse(user, null, "register");
            throw new AccessDeniedException("care-provider staff register clients");
        }
        Refused.unless(problems(user, draft, null), REFUSED);
        UUID id = UUID.randomUUID();
        repository.insert(id, user.organisationCode(), draft, Phase.INTAKE, today(), user.getUsername());
        log.record(processing("trajectory.client.register", id));
        return id;
    }

    /** One client with their phases, for their provider's staff; 404 for anyone else (and the refusal is logged). */
    @Transactional
    public Overview overview(CurrentUser user, UUID id) {
        ClientView client = visible(user, id, "read");
        log.record(processing("trajectory.client.read", id));
        return new Overview(client, repository.phases(id));
    }

    /** Moves the client to another phase, with the version that was read (409 when someone changed it since). */
    @Transactional
    public void changePhase(CurrentUser user, UUID id, int version, Phase phase, LocalDate since, String note) {
        ClientView client = visible(user, id, "phase");
        List<Problem> problems = new java.util.ArrayList<>(ClientRules.phaseProblems(client.phase(), client.phaseSince(), phase,
                since, today()));
        nl.thuisbasis.platform.Inputs.text(problems, "note", note, ClientRules.REASON_LENGTH);
        Refused.unless(problems, REFUSED);
        if (!repository.changePhase(id, version, phase, since)) {
            throw Refused.stale();
        }
        repository.addPhase(id, phase, since, note == null || note.isBlank() ? null : note.strip(), user.getUsername());
        log.record(processing("trajectory.client.phase", id).withDetailsKey("trajectory.log.phase", phase.name()));
    }

    /**
     * A page of the caseload of a key worker (their clients and those they stand in for), or of the whole team when the
     * query's key worker is null, as asked (see {@link CaseloadQuery}); only for the provider's staff. Each client shown
     * is one entry in the processing log; the total counts only the provider's own clients.
     */
    @Transactional
    public Caseload caseload(CurrentUser user, CaseloadQuery query, PageQuery page) {
        if (!TrajectoryAccess.mayRegister(viewer(user))) {
            refuse(user, null, "caseload");
            throw new AccessDeniedException("only care-provider staff have a caseload");
        }
        LocalDate today = today();
        List<Entry> entries = withSignals(user.organisationCode(),
                repository.caseload(user.organisationCode(), query, today, page.offset(), page.pageSize()));
        log.recordEach(entries.stream().map(e -> processing("trajectory.client.list", e.client().id())).toList());
        return new Caseload(entries, repository.countCaseload(user.organisationCode(), query, today));
    }

    /** The open early signals of the clients housed through outflow (outflow.Signals; it logs what it shows). */
    private List<Entry> withSignals(String provider, List<Entry> entries) {
        List<UUID> candidates = entries.stream().map(e -> e.client().candidateId()).filter(java.util.Objects::nonNull).toList();
        if (candidates.isEmpty()) {
            return entries;
        }
        java.util.Map<UUID, List<Signals.OpenSignal>> open = signals.openFor(provider, candidates);
        return entries.stream().map(e -> e.client().candidateId() == null ? e : new Entry(e.client(), e.overdueActions(),
                e.nextEvaluation(), e.daysInFacility(), open.getOrDefault(e.client().candidateId(), List.of()))).toList();
    }

    /**
     * The client, when the user may work on them (their provider's staff); otherwise the refusal is logged as
     * {@code trajectory.client.<what>} and the answer is 404, as for a client that does not exist. For the other
     * features of the trajectory (assessments, plans), which log their own reads and writes.
     */
    public ClientView require(CurrentUser user, UUID id, String what) {
        return visible(user, id, what);
    }

    /**
     * The client whoever asks, for {@code trajectory.sharing} only: it checks the client's consent (or the access on vital
     * interest) and logs the read or the refusal itself.
     */
    public java.util.Optional<ClientView> forSharing(UUID id) {
        return repository.find(id);
    }

    /** A provider's client by their client number, for {@code trajectory.sharing} only (an access on vital interest). */
    public java.util.Optional<ClientView> forSharing(String providerCode, String clientNumber) {
        return repository.findByNumber(providerCode, clientNumber);
    }

    private ClientView visible(CurrentUser user, UUID id, String what) {
        ClientView client = repository.find(id).orElse(null);
        if (client == null || !TrajectoryAccess.mayWork(viewer(user), client.providerCode())) {
            refuse(user, client == null ? null : id, what);
            throw Refused.notFound();
        }
        return client;
    }

    /**
     * The region whose instrument and checklist a client's trajectory uses: of their preferred municipality, else of
     * their municipality of origin, else the default region.
     */
    public String regionOf(ClientView client) {
        for (String municipality : java.util.Arrays.asList(client.preferredMunicipality(), client.originMunicipality())) {
            if (municipality != null) {
                java.util.Optional<String> region = regions.regions().stream()
                        .filter(r -> r.municipalityCodes().contains(municipality)).map(Region::code).findFirst();
                if (region.isPresent()) {
                    return region.get();
                }
            }
        }
        return properties.defaultRegion();
    }

    /** A refused attempt, in the log: a client may ask who tried to read their file. */
    private void refuse(CurrentUser user, UUID id, String what) {
        log.record(Processing.of("trajectory.client." + what, "client", id == null ? "-" : id.toString(), PURPOSE, LegalBasis.CARE)
                .failedBecause("trajectory.log.refused"));
    }

    private static Processing processing(String action, UUID id) {
        return Processing.of(action, "client", id.toString(), PURPOSE, LegalBasis.CARE);
    }

    private static Viewer viewer(CurrentUser user) {
        return user == null ? null : user.viewer();
    }
}
