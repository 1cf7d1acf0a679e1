package nl.thuisbasis.facility.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityClosed;
import nl.thuisbasis.facility.FacilityRegisterChanged;
import nl.thuisbasis.facility.FacilityRegistered;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.FacilityValidation;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.Location;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, changing and removing facilities, and reading them as far as the viewer may see them.
 * Every change is checked against the access policy and the validation rules, derives the areas from the
 * point, uses the version for optimistic locking, and is written to the processing log. A change that is not
 * allowed by the rules is {@link Refused} with the code {@value #REFUSED} and every problem; a change made on an old
 * version is refused as a conflict, and nothing is stored.
 */
@Service
public class FacilityService {

    public static final String PURPOSE = "purpose.facility.register";
    /** The problem code of a refused facility (API and forms). */
    public static final String REFUSED = "invalid-facility";

    private final FacilityRepository repository;
    private final GeoLookup geo;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final ApplicationEventPublisher events;

    FacilityService(FacilityRepository repository, GeoLookup geo, Organisations organisations, ProcessingLog log,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.geo = geo;
        this.organisations = organisations;
        this.log = log;
        this.events = events;
    }

    /** One page of a list, and how many there are in all. */
    public record Page(List<FacilityView> items, long total) {
    }

    /** The facilities matching the filter that the viewer may see at all, ordered by municipality and name. */
    @Transactional(readOnly = true)
    public List<FacilityView> list(Viewer viewer, FacilityFilter filter) {
        return views(viewer, repository.findVisible(filter, viewer, null, 0));
    }

    /** One page of {@link #list}: {@code limit} facilities from {@code offset} on, counted and cut in SQL. */
    @Transactional(readOnly = true)
    public Page page(Viewer viewer, FacilityFilter filter, int offset, int limit) {
        return new Page(views(viewer, repository.findVisible(filter, viewer, limit, offset)),
                repository.countVisible(filter, viewer));
    }

    private static List<FacilityView> views(Viewer viewer, List<Facility> facilities) {
        List<FacilityView> views = new ArrayList<>();
        for (Facility f : facilities) {
            Visibility visibility = FacilityAccess.visibility(viewer, f);
            if (visibility != Visibility.NONE) { // the query already left these out; the policy has the last word
                views.add(new FacilityView(f, visibility, FacilityAccess.mayEdit(viewer, f)));
            }
        }
        return views;
    }

    /** Every facility, secret ones included, for aggregate figures only; never hand these out one by one. */
    @Transactional(readOnly = true)
    public List<Facility> allForAggregates() {
        return repository.findAll();
    }

    /** One facility, when the viewer may see it; a facility they may not see does not exist for them. */
    @Transactional(readOnly = true)
    public Optional<FacilityView> find(Viewer viewer, FacilityId id) {
        return repository.find(id).flatMap(f -> {
            Visibility visibility = FacilityAccess.visibility(viewer, f);
            if (visibility == Visibility.NONE) {
                return Optional.empty();
            }
            if (f.secretAddress()) {
                log.record(Processing.of("facility.read-secret", "facility", id.toString(), PURPOSE,
                        LegalBasis.PUBLIC_TASK_WMO));
            }
            return Optional.of(new FacilityView(f, visibility, FacilityAccess.mayEdit(viewer, f)));
        });
    }

    /** What is wrong with a draft for this viewer, including where the point lies and who the provider is. */
    public List<Problem> problems(Viewer viewer, FacilityDraft draft) {
        List<Problem> problems = new ArrayList<>(FacilityValidation.validate(draft));
        if (draft.providerCode() != null && !draft.providerCode().isBlank()
                && organisations.find(draft.providerCode()).filter(o -> o.type() == OrganisationType.CARE_PROVIDER).isEmpty()) {
            problems.add(Problem.at("providerCode", "facility.problem.provider.unknown", draft.providerCode()));
        }
        Location location = locate(draft);
        if (draft.lon() != null && draft.lat() != null && problems.stream().noneMatch(p -> "point".equals(p.field()))
                && location.municipalityCode() == null) {
            problems.add(Problem.at("point", "facility.problem.point.unknownArea"));
        }
        if (problems.isEmpty() && !FacilityAccess.mayRegister(viewer, draft.providerCode(), location.municipalityCode())) {
            problems.add(Problem.at("providerCode", permissionKey(viewer)));
        }
        if (draft.secretAddress() && !FacilityAccess.maySetSecret(viewer, draft.providerCode())) {
            problems.add(Problem.at("secretAddress", "facility.problem.secret.notOwn"));
        }
        return problems;
    }

    @Transactional
    public Facility register(Viewer viewer, FacilityDraft draft) {
        Facility created = insert(viewer, draft);
        events.publishEvent(new FacilityRegisterChanged("create", 1));
        return created;
    }

    /** Registers all drafts or none: the first problem in any of them refuses the whole list. */
    @Transactional
    public List<Facility> registerAll(Viewer viewer, List<FacilityDraft> drafts) {
        List<Facility> created = new ArrayList<>();
        for (FacilityDraft draft : drafts) {
            created.add(insert(viewer, draft));
        }
        events.publishEvent(new FacilityRegisterChanged("import", created.size()));
        return created;
    }

    private Facility insert(Viewer viewer, FacilityDraft draft) {
        if (!FacilityAccess.mayRegisterAny(viewer)) {
            denied("facility.create", null);
        }
        Refused.unless(problems(viewer, draft), REFUSED);
        FacilityId id = FacilityId.random();
        repository.insert(id, draft, locate(draft), pc4(draft), actor(viewer));
        log.record(Processing.of("facility.create", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        Facility created = repository.find(id).orElseThrow();
        events.publishEvent(new FacilityRegistered(id, created.type(), created.status(), created.municipalityCode(),
                created.contracted()));
        return created;
    }

    /**
     * Changes a facility the viewer may change, when it still has {@code expectedVersion}; refuses as a conflict
     * (409) when someone else changed or removed it meanwhile, and as {@value #REFUSED} when the draft breaks a rule.
     */
    @Transactional
    public Facility change(Viewer viewer, FacilityId id, int expectedVersion, FacilityDraft draft) {
        Facility current = repository.find(id).filter(f -> FacilityAccess.visibility(viewer, f) != Visibility.NONE)
                .orElseThrow(() -> changedMeanwhile(id, null));
        if (!FacilityAccess.mayEdit(viewer, current)) {
            denied("facility.update", id);
        }
        if (current.version() != expectedVersion) {
            throw changedMeanwhile(id, current);
        }
        Refused.unless(problems(viewer, draft), REFUSED);
        if (!repository.update(id, expectedVersion, draft, locate(draft), pc4(draft), actor(viewer))) {
            throw changedMeanwhile(id, repository.find(id).orElse(null));
        }
        log.record(Processing.of("facility.update", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        events.publishEvent(new FacilityRegisterChanged("update", 1));
        Facility changed = repository.find(id).orElseThrow();
        if (current.status() != FacilityStatus.CLOSED && changed.status() == FacilityStatus.CLOSED) {
            events.publishEvent(new FacilityClosed(id, changed.closedOn()));
        }
        return changed;
    }

    @Transactional
    public void remove(Viewer viewer, FacilityId id, int expectedVersion) {
        Facility current = repository.find(id).filter(f -> FacilityAccess.visibility(viewer, f) != Visibility.NONE)
                .orElseThrow(() -> changedMeanwhile(id, null));
        if (!FacilityAccess.mayEdit(viewer, current)) {
            denied("facility.delete", id);
        }
        if (current.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw changedMeanwhile(id, repository.find(id).orElse(null));
        }
        log.record(Processing.of("facility.delete", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(current.name()));
        events.publishEvent(new FacilityRegisterChanged("delete", 1));
    }

    /** The care providers a viewer may register facilities for, by name. */
    public List<Organisation> providersFor(Viewer viewer) {
        return organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .filter(o -> viewer.role() != Role.PROVIDER || o.code().equals(viewer.organisationCode()))
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    /** Someone else changed the facility since it was read (or removed it: {@code current} null); nothing was stored. */
    private static Refused changedMeanwhile(FacilityId id, Facility current) {
        Problem problem = current == null ? Problem.of("facility.problem.removed", id.toString())
                : Problem.of("facility.problem.changed", id.toString(), current.updatedBy(), current.version());
        return new Refused(Refused.Kind.CONFLICT, "conflict", List.of(problem));
    }

    private void denied(String action, FacilityId id) {
        log.record(new Processing(action, "facility", id == null ? null : id.toString(), PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO, Processing.Outcome.DENIED, null));
        throw new AccessDeniedException("Not allowed: " + action);
    }

    private Location locate(FacilityDraft draft) {
        if (draft.lon() == null || draft.lat() == null) {
            return new Location(null, null, null);
        }
        return geo.locate(draft.lon(), draft.lat());
    }

    /** PC4 comes from the address's own postcode: open data has PC4 centroids, not PC4 boundaries. */
    private static String pc4(FacilityDraft draft) {
        return draft.normalisedPostcode().substring(0, 4);
    }

    private static String actor(Viewer viewer) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? null : authentication.getName();
        return name != null ? name : viewer.anonymous() ? ProcessingLog.ANONYMOUS : viewer.organisationCode();
    }

    private static String permissionKey(Viewer viewer) {
        return switch (viewer.role()) {
            case PROVIDER -> "facility.problem.permission.provider";
            case MUNICIPALITY -> "facility.problem.permission.municipality";
            default -> "facility.problem.permission.other";
        };
    }
}
