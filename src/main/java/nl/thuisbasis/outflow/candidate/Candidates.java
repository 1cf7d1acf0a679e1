package nl.thuisbasis.outflow.candidate;

import nl.thuisbasis.identity.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.KeyedText;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.ClientReference;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates of the priority scheme (voorrangsregeling): registered by care-provider staff with a pseudonymous
 * reference (never a BSN), their household, needs, acceptable municipalities and exclusions; the municipality grants
 * urgency, which needs every eligibility rule of the region met or excepted; readiness is confirmed by the provider.
 * Status steps keep an append-only history. Who may take which step follows {@link CandidateAccess}; reading is
 * {@link CandidateReading}'s.
 */
@Service
public class Candidates {

    static final int MAX_EXCLUSIONS = 10;

    private final CandidateRepository repository;
    private final CandidateLinks links;
    private final CandidateReading reading;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final OutflowClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Candidates(CandidateRepository repository, CandidateLinks links, CandidateReading reading, OutflowSettings settings,
            RegionCatalog catalog, Organisations organisations, ProcessingLog log, OutflowClock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.links = links;
        this.reading = reading;
        this.settings = settings;
        this.catalog = catalog;
        this.organisations = organisations;
        this.log = log;
        this.clock = clock;
    }

    /** What a provider enters for a candidate. Strings are codes; null means not given. */
    public record Draft(String reference, String decidingMunicipality, Integer adults, Integer children, AgeBand ageBand,
            IncomeBand incomeBand, boolean needsGroundFloor, boolean needsLift, boolean needsWheelchair,
            Integer bedroomsNeeded, List<String> municipalities, List<CandidateView.Exclusion> exclusions,
            String originMunicipality, String supportProvider, SupportIntensity supportIntensity,
            TargetHousing targetHousing, String category, Integer regionalTiesYears, boolean hadOwnDwelling,
            LocalDate consentOn) {
    }

    // ---- registering and correcting

    @Transactional
    public UUID register(CurrentUser user, Draft draft) {
        Viewer viewer = OutflowAccess.viewer(user);
        if (!CandidateAccess.mayRegister(viewer)) {
            throw new AccessDeniedException("care-provider staff register candidates");
        }
        Region region = check(draft, user.organisation().code(), null);
        UUID id = UUID.randomUUID();
        repository.insert(id, region.code(), user.organisation().code(), draft, user.getUsername());
        repository.addHistory(id, null, CandidateStatus.REGISTERED, null, KeyedText.of("out.history.registered"), user.getUsername());
        log.record(Processing.of("outflow.candidate.register", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME));
        events.publishEvent(new nl.thuisbasis.outflow.CandidateRegistered(id, user.organisation().code(),
                draft.reference().trim(), clock.today()));
        return id;
    }

    /** The provider corrects a candidate's data while no dwelling is proposed or offered. */
    @Transactional
    public CandidateView update(CurrentUser user, UUID id, int version, Draft draft) {
        CandidateRepository.Row row = repository.lock(id);
        Viewer viewer = OutflowAccess.viewer(user);
        if (!CandidateAccess.isProvider(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        if (row.version() != version) {
            throw Refused.stale();
        }
        if (row.status() != CandidateStatus.REGISTERED && row.status() != CandidateStatus.URGENCY_GRANTED) {
            throw OutflowRefusals.refused(Problem.of("out.problem.candidate.notEditable"));
        }
        Region region = check(draft, row.providerCode(), id);
        if (row.status() == CandidateStatus.URGENCY_GRANTED && !draft.decidingMunicipality().equals(row.decidingMunicipality())) {
            throw OutflowRefusals.refused(Problem.at("decidingMunicipality", "out.problem.candidate.decidingFixed"));
        }
        repository.update(id, region.code(), draft);
        log.record(Processing.of("outflow.candidate.update", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME));
        return reading.full(id);
    }

    /** Checks a draft completely; returns the region of the deciding municipality. */
    private Region check(Draft d, String providerCode, UUID self) {
        OutflowRefusals.unless(problems(d, providerCode, self));
        return settings.regionOf(d.decidingMunicipality()).orElseThrow();
    }

    /**
     * Every problem of a draft at once; nothing is written (a form shows them together with the fields it could not
     * read). {@code self}: the candidate being corrected, or null for a new one.
     */
    List<Problem> problems(Draft d, String providerCode, UUID self) {
        List<Problem> problems = new ArrayList<>();
        ClientReference.problem(d.reference()).ifPresent(problems::add);
        if (problems.isEmpty() && repository.referenceTaken(providerCode, d.reference().trim(), self)) {
            problems.add(Problem.at("reference", "out.problem.candidate.reference.taken"));
        }
        Region region = d.decidingMunicipality() == null ? null : settings.regionOf(d.decidingMunicipality()).orElse(null);
        if (region == null) {
            problems.add(Problem.at("decidingMunicipality", "out.problem.candidate.decidingMunicipality"));
        }
        if (d.adults() == null || d.adults() < 1 || d.adults() > 6) {
            problems.add(Problem.at("adults", "out.problem.candidate.adults"));
        }
        if (d.children() == null || d.children() < 0 || d.children() > 12) {
            problems.add(Problem.at("children", "out.problem.candidate.children"));
        }
        if (d.ageBand() == null) {
            problems.add(Problem.at("ageBand", "out.problem.candidate.ageBand"));
        }
        if (d.incomeBand() == null) {
            problems.add(Problem.at("incomeBand", "out.problem.candidate.incomeBand"));
        }
        if (d.bedroomsNeeded() == null || d.bedroomsNeeded() < 0 || d.bedroomsNeeded() > 8) {
            problems.add(Problem.at("bedroomsNeeded", "out.problem.candidate.bedroomsNeeded"));
        }
        List<String> accepted = d.municipalities() == null ? List.of() : d.municipalities();
        if (accepted.isEmpty()) {
            problems.add(Problem.at("municipalities", "out.problem.candidate.municipalities.none"));
        } else if (new HashSet<>(accepted).size() != accepted.size()) {
            problems.add(Problem.at("municipalities", "out.problem.candidate.municipalities.twice"));
        } else if (region != null && !region.municipalityCodes().containsAll(accepted)) {
            problems.add(Problem.at("municipalities", "out.problem.candidate.municipalities.region", region.name()));
        }
        List<CandidateView.Exclusion> exclusions = d.exclusions() == null ? List.of() : d.exclusions();
        if (exclusions.size() > MAX_EXCLUSIONS) {
            problems.add(Problem.at("exclusions", "out.problem.candidate.exclusions.max", MAX_EXCLUSIONS));
        }
        Set<String> excludedCodes = new HashSet<>();
        for (CandidateView.Exclusion e : exclusions) {
            Optional<Area> area = e.neighbourhoodCode() == null ? Optional.empty() : catalog.area(e.neighbourhoodCode());
            if (area.isEmpty() || area.get().level() == AreaLevel.MUNICIPALITY) {
                problems.add(Problem.at("exclusions", "out.problem.candidate.exclusions.unknown", String.valueOf(e.neighbourhoodCode())));
            } else if (!excludedCodes.add(e.neighbourhoodCode())) {
                problems.add(Problem.at("exclusions", "out.problem.candidate.exclusions.twice"));
            }
            if (e.reason() == null) {
                problems.add(Problem.at("exclusions", "out.problem.candidate.exclusions.reason"));
            }
        }
        if (d.originMunicipality() == null || catalog.area(d.originMunicipality())
                .filter(a -> a.level() == AreaLevel.MUNICIPALITY).isEmpty()) {
            problems.add(Problem.at("originMunicipality", "out.problem.candidate.originMunicipality"));
        }
        if (d.supportProvider() == null || organisations.find(d.supportProvider())
                .filter(o -> o.type() == OrganisationType.CARE_PROVIDER).isEmpty()) {
            problems.add(Problem.at("supportProvider", "out.problem.candidate.supportProvider"));
        }
        if (d.supportIntensity() == null) {
            problems.add(Problem.at("supportIntensity", "out.problem.candidate.supportIntensity"));
        }
        if (d.targetHousing() == null) {
            problems.add(Problem.at("targetHousing", "out.problem.candidate.targetHousing"));
        }
        if (region != null && (d.category() == null || settings.categories(region.code()).stream()
                .noneMatch(c -> c.active() && c.code().equals(d.category())))) {
            problems.add(Problem.at("category", "out.problem.candidate.category"));
        }
        if (d.regionalTiesYears() != null && (d.regionalTiesYears() < 0 || d.regionalTiesYears() > 120)) {
            problems.add(Problem.at("regionalTiesYears", "out.problem.candidate.regionalTiesYears"));
        }
        LocalDate today = clock.today();
        if (d.consentOn() == null) {
            problems.add(Problem.at("consentOn", "out.problem.candidate.consentOn.missing"));
        } else if (d.consentOn().isAfter(today)) {
            problems.add(Problem.at("consentOn", "out.problem.candidate.consentOn.future"));
        } else if (d.consentOn().isBefore(today.minusYears(5))) {
            problems.add(Problem.at("consentOn", "out.problem.candidate.consentOn.old"));
        }
        return problems;
    }

    // ---- the municipality's and the provider's steps

    /** The deciding municipality grants urgency: every eligibility rule met, or set aside by a recorded exception. */
    @Transactional
    public CandidateView grantUrgency(CurrentUser user, UUID id, LocalDate on, String decision) {
        CandidateRepository.Row row = repository.lock(id);
        Viewer viewer = OutflowAccess.viewer(user);
        if (!CandidateAccess.isDecidingMunicipality(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        List<Problem> problems = new ArrayList<>();
        if (row.status() != CandidateStatus.REGISTERED) {
            problems.add(Problem.of("out.problem.candidate.urgency.status"));
        }
        if (on == null) {
            problems.add(Problem.at("grantedOn", "out.problem.candidate.urgency.date"));
        } else if (on.isAfter(clock.today())) {
            problems.add(Problem.at("grantedOn", "out.problem.candidate.urgency.future"));
        } else if (on.isBefore(row.registeredOn())) {
            problems.add(Problem.at("grantedOn", "out.problem.candidate.urgency.beforeRegistration"));
        }
        if (decision == null || decision.isBlank()) {
            problems.add(Problem.at("decision", "out.problem.candidate.urgency.decision"));
        } else if (decision.length() > 100) {
            problems.add(Problem.at("decision", "out.problem.candidate.urgency.decisionLength"));
        }
        Eligibility.Outcome eligibility = Eligibility.check(settings.activeRules(row.regionCode()), row.facts(),
                repository.exceptedRules(List.of(id)).getOrDefault(id, Set.of()));
        for (Eligibility.Rule rule : eligibility.blocking()) {
            problems.add(Problem.of("out.problem.candidate.urgency.rule", rule.description()));
        }
        OutflowRefusals.unless(problems);
        repository.grantUrgency(id, on, decision.trim(), user.getUsername());
        repository.addHistory(id, row.status(), CandidateStatus.URGENCY_GRANTED, null,
                KeyedText.of("out.history.urgency", decision.trim()), user.getUsername());
        log.record(Processing.of("outflow.candidate.urgency", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME));
        return reading.full(id);
    }

    /** The deciding municipality sets a rule aside for this candidate, with the reason. */
    @Transactional
    public CandidateView recordException(CurrentUser user, UUID id, UUID ruleId, String reason, LocalDate decidedOn) {
        CandidateRepository.Row row = repository.lock(id);
        Viewer viewer = OutflowAccess.viewer(user);
        if (!CandidateAccess.isDecidingMunicipality(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        List<Problem> problems = new ArrayList<>();
        Optional<OutflowSettings.RuleView> rule = settings.rules(row.regionCode()).stream()
                .filter(r -> r.id().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            problems.add(Problem.at("ruleId", "out.problem.candidate.exception.rule"));
        } else if (Eligibility.meets(rule.get().rule(), row.facts())) {
            problems.add(Problem.at("ruleId", "out.problem.candidate.exception.met"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.at("reason", "out.problem.candidate.exception.reason"));
        } else if (reason.length() > 1000) {
            problems.add(Problem.at("reason", "out.problem.candidate.exception.reasonLength"));
        }
        if (decidedOn == null || decidedOn.isAfter(clock.today())) {
            problems.add(Problem.at("decidedOn", "out.problem.candidate.exception.date"));
        }
        if (!row.status().active()) {
            problems.add(Problem.of("out.problem.candidate.inactive"));
        }
        if (problems.isEmpty() && repository.hasException(id, ruleId)) {
            problems.add(Problem.at("ruleId", "out.problem.candidate.exception.twice"));
        }
        OutflowRefusals.unless(problems);
        repository.addException(id, ruleId, reason.trim(), decidedOn, user.getUsername());
        log.record(Processing.of("outflow.candidate.exception", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.candidate.exception", rule.get().description()));
        return reading.full(id);
    }

    /** The provider confirms the candidate is ready to live on their own: when, and by whom. */
    @Transactional
    public CandidateView confirmReadiness(CurrentUser user, UUID id, LocalDate on, String by) {
        CandidateRepository.Row row = repository.lock(id);
        Viewer viewer = OutflowAccess.viewer(user);
        if (!CandidateAccess.isProvider(viewer, row.subject(Set.of()))) {
            throw invisibleOrDenied(viewer, row);
        }
        List<Problem> problems = new ArrayList<>();
        if (!row.status().active()) {
            problems.add(Problem.of("out.problem.candidate.inactive"));
        }
        if (on == null || on.isAfter(clock.today())) {
            problems.add(Problem.at("readyOn", "out.problem.candidate.readiness.date"));
        } else if (on.isBefore(row.registeredOn().minusYears(1))) {
            problems.add(Problem.at("readyOn", "out.problem.candidate.readiness.old"));
        }
        if (by == null || by.isBlank()) {
            problems.add(Problem.at("confirmedBy", "out.problem.candidate.readiness.by"));
        } else if (by.length() > 200) {
            problems.add(Problem.at("confirmedBy", "out.problem.candidate.readiness.byLength"));
        }
        OutflowRefusals.unless(problems);
        repository.confirmReadiness(id, on, by.trim());
        log.record(Processing.of("outflow.candidate.readiness", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME));
        return reading.full(id);
    }

    /** The provider or the deciding municipality withdraws a candidate; an open proposal or offer is let go with it. */
    @Transactional
    public CandidateView withdraw(CurrentUser user, UUID id, String reason) {
        CandidateRepository.Row row = repository.lock(id);
        Viewer viewer = OutflowAccess.viewer(user);
        CandidateAccess.Subject subject = row.subject(Set.of());
        if (!CandidateAccess.isProvider(viewer, subject) && !CandidateAccess.isDecidingMunicipality(viewer, subject)) {
            throw invisibleOrDenied(viewer, row);
        }
        if (!row.status().mayMoveTo(CandidateStatus.WITHDRAWN)) {
            throw OutflowRefusals.refused(Problem.of("out.problem.candidate.withdraw.final"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw OutflowRefusals.refused(Problem.at("reason", "out.problem.candidate.withdraw.reason"));
        }
        repository.letGoOfProposalsAndOffers(id, clock.today(), user.getUsername());
        move(id, row.status(), CandidateStatus.WITHDRAWN, reason.trim(), user.getUsername());
        log.record(Processing.of("outflow.candidate.withdraw", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME));
        return reading.full(id);
    }

    // ---- steps taken by matching, offers and vacancies (same module, same transaction)

    /**
     * Moves a candidate along its status steps, refusing a step that does not follow; writes the history with the
     * reason a person typed.
     */
    public void move(UUID id, CandidateStatus from, CandidateStatus to, String reason, String actor) {
        step(id, from, to);
        repository.addHistory(id, from, to, reason, null, actor);
    }

    /**
     * Moves a candidate along its status steps, refusing a step that does not follow; writes the history with the reason
     * the system words (a message key with its arguments, shown in the reader's language).
     */
    public void move(UUID id, CandidateStatus from, CandidateStatus to, KeyedText reason, String actor) {
        step(id, from, to);
        repository.addHistory(id, from, to, null, reason, actor);
    }

    private void step(UUID id, CandidateStatus from, CandidateStatus to) {
        if (!from.mayMoveTo(to)) {
            throw OutflowRefusals.refused(Problem.of("out.problem.candidate.step", Problem.label("out.status", from)));
        }
        if (!repository.move(id, from, to)) {
            throw Refused.stale();
        }
    }

    /** Not visible at all: "not found"; visible but not this user's step: "forbidden". */
    private RuntimeException invisibleOrDenied(Viewer viewer, CandidateRepository.Row row) {
        CandidateAccess.Level level = CandidateAccess.level(viewer, row.subject(links.of(row.id())));
        return level == CandidateAccess.Level.NONE ? Refused.notFound() : new AccessDeniedException("not this user's step");
    }
}
