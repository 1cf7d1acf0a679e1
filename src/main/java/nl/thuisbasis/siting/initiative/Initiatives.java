package nl.thuisbasis.siting.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.siting.InitiativeTakenIntoUse;
import nl.thuisbasis.siting.domain.InitiativeProcess;
import nl.thuisbasis.siting.domain.InitiativeStep;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New facility initiatives: registered with their intended facility, then walked through the steps. When the
 * initiative is taken into use, the facility enters the register in the same transaction as the step.
 */
@Service
class Initiatives {

    /** The API problem code of a refused initiative or step. */
    static final String REFUSED = "initiative-refused";
    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 4000;
    static final int MAX_LINKS = 2000;

    private final InitiativeRepository repository;
    private final FacilityRegister register;
    private final ProcessingLog log;
    private final Clock clock;
    private final GeoLookup geo;
    private final ApplicationEventPublisher events;

    Initiatives(InitiativeRepository repository, FacilityRegister register, ProcessingLog log, GeoLookup geo,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.events = events;
        this.repository = repository;
        this.register = register;
        this.log = log;
        this.geo = geo;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What is wrong with a new initiative: its name, and the intended facility by the register's rules. */
    List<Problem> problems(String name, FacilityDraft intended) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            problems.add(Problem.at("name", "initiative.problem.name"));
        }
        // the register's problems at the initiative form's fields; the name is the initiative's own check
        for (Problem p : register.problems(planned(intended, null))) {
            if (!"name".equals(p.field())) {
                problems.add(p.on(FORM_FIELDS.getOrDefault(p.field(), p.field())));
            }
        }
        return problems;
    }

    /** The register's field names that the initiative form calls differently. */
    static final java.util.Map<String, String> FORM_FIELDS = java.util.Map.of("capacityUnit", "unit", "point", "lon");

    /**
     * Registers an initiative; the intended facility must meet the register's rules (as a planned facility).
     *
     * @throws Refused {@value #REFUSED} with every problem
     */
    @Transactional
    Initiative create(CurrentUser user, String name, FacilityDraft intended) {
        SitingAccess.scope(user);
        Refused.unless(problems(name, intended), REFUSED);
        UUID id = UUID.randomUUID();
        repository.insert(id, name, intended, geo.locate(intended.lon(), intended.lat()).municipalityCode(),
                user.getUsername());
        log.record(Processing.of("siting.initiative.create", "initiative", id.toString(), SitingAccess.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return find(user, id).orElseThrow();
    }

    /**
     * What stands in the way of recording this step on the initiative: the process rules, the linked scan, the
     * length of notes and links.
     *
     * @throws Refused {@value #REFUSED} when the initiative is not there for this user
     */
    @Transactional(readOnly = true)
    List<Problem> stepProblems(CurrentUser user, UUID initiativeId, StepInput input) {
        return stepProblems(existing(user, initiativeId), input);
    }

    /**
     * Records a step; "in use" registers the facility in the same transaction.
     *
     * @throws Refused {@value #REFUSED} with every problem, also when the initiative is not there for this user
     */
    @Transactional
    Initiative recordStep(CurrentUser user, UUID initiativeId, StepInput input) {
        Initiative initiative = existing(user, initiativeId);
        Refused.unless(stepProblems(initiative, input), REFUSED);
        UUID facilityId = null;
        if (input.step() == InitiativeStep.IN_USE) {
            facilityId = registerFacility(planned(draftOf(initiative), input.date())).id().value();
        }
        repository.insertStep(initiativeId, input, user.getUsername());
        if (facilityId != null) {
            repository.linkFacility(initiativeId, facilityId);
            events.publishEvent(new InitiativeTakenIntoUse(initiativeId, new FacilityId(facilityId),
                    initiative.facilityType(), initiative.capacity(), initiative.municipalityCode(), input.date()));
        }
        log.record(Processing.of("siting.initiative.step", "initiative", initiativeId.toString(), SitingAccess.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO).withDetailsKey("initiative.log.step", Problem.label("initiative.step", input.step())));
        return find(user, initiativeId).orElseThrow();
    }

    private Initiative existing(CurrentUser user, UUID initiativeId) {
        return find(user, initiativeId).orElseThrow(() -> Refused.invalid(REFUSED, Problem.of("initiative.problem.unknown")));
    }

    private List<Problem> stepProblems(Initiative initiative, StepInput input) {
        List<InitiativeProcess.Recorded> history = initiative.steps().stream().map(s -> new InitiativeProcess.Recorded(
                s.step(), s.date(), s.scanId() == null ? null : s.scanId().toString(), s.decisionBody(), s.approved(),
                s.publishedOn())).toList();
        List<Problem> problems = new ArrayList<>(InitiativeProcess.check(initiative.facilityType().category(), history,
                new InitiativeProcess.Proposed(input.step(), input.date(), input.scanId() == null ? null : input.scanId().toString(),
                        input.decisionBody(), input.approved(), input.publishedOn()), LocalDate.now(clock)));
        if (input.step() == InitiativeStep.SCAN && input.scanId() != null && !repository.scanExists(input.scanId())) {
            problems.add(Problem.at("scanId", "initiative.problem.scan.unknown", input.scanId().toString()));
        }
        if (input.notes() != null && input.notes().length() > MAX_NOTES) {
            problems.add(Problem.at("notes", "initiative.problem.notes"));
        }
        if (input.links() != null && input.links().length() > MAX_LINKS) {
            problems.add(Problem.at("links", "initiative.problem.links"));
        }
        return problems;
    }

    /** The initiatives the user may follow: a municipality its own, coordinators and admins all. */
    @Transactional(readOnly = true)
    List<Initiative> list(CurrentUser user) {
        return repository.list(SitingAccess.scope(user));
    }

    @Transactional(readOnly = true)
    Optional<Initiative> find(CurrentUser user, UUID id) {
        return repository.find(id, SitingAccess.scope(user));
    }

    private Facility registerFacility(FacilityDraft draft) {
        try {
            return register.add(draft);
        } catch (Refused e) {
            if (e.kind() != Refused.Kind.INVALID) {
                throw e;
            }
            throw Refused.invalid(REFUSED, e.problems().stream().map(p -> p.on(null)).toList());
        }
    }

    static FacilityDraft draftOf(Initiative i) {
        return new FacilityDraft(i.name(), i.facilityType(), i.targetGroups(), i.providerCode(), null, i.street(),
                i.houseNumber(), i.postcode(), i.place(), i.lon(), i.lat(), i.capacity(), i.capacityUnit(),
                FacilityStatus.PLANNED, null, null, null, true, null, null, false, false, false);
    }

    /** The intended facility as a planned one, or in use from {@code openedOn}. */
    private static FacilityDraft planned(FacilityDraft d, LocalDate openedOn) {
        return new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(), d.owner(), d.street(),
                d.houseNumber(), d.postcode(), d.place(), d.lon(), d.lat(), d.capacity(), d.capacityUnit(),
                openedOn == null ? FacilityStatus.PLANNED : FacilityStatus.IN_USE, openedOn, openedOn, null,
                d.contracted(), d.publicContact(), d.url(), d.secretAddress(), false, false);
    }
}
