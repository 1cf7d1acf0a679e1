package nl.thuisbasis.facility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.FacilityValidation;
import nl.thuisbasis.facility.domain.FieldProblem;
import nl.thuisbasis.facility.domain.Viewer;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.Location;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, changing and removing facilities, and reading them as far as the viewer may see them.
 * Every change is checked against the access policy and the validation rules, derives the areas from the
 * point, uses the version for optimistic locking, and is written to the processing log.
 */
@Service
class FacilityService {

    static final String PURPOSE = "Register van opvang- en woonzorgvoorzieningen bijhouden";

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

    /** The facilities matching the filter that the viewer may see at all, ordered by municipality and name. */
    @Transactional(readOnly = true)
    List<FacilityView> list(Viewer viewer, FacilityFilter filter) {
        List<FacilityView> views = new ArrayList<>();
        for (Facility f : repository.findAll()) {
            if (!filter.matches(f)) {
                continue;
            }
            Visibility visibility = FacilityAccess.visibility(viewer, f);
            if (visibility != Visibility.NONE) {
                views.add(new FacilityView(f, visibility, FacilityAccess.mayEdit(viewer, f)));
            }
        }
        return views;
    }

    /** Every facility, secret ones included, for aggregate figures only; never hand these out one by one. */
    @Transactional(readOnly = true)
    List<Facility> allForAggregates() {
        return repository.findAll();
    }

    /** One facility, when the viewer may see it; a facility they may not see does not exist for them. */
    @Transactional(readOnly = true)
    Optional<FacilityView> find(Viewer viewer, FacilityId id) {
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
    List<FieldProblem> check(Viewer viewer, FacilityDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(FacilityValidation.validate(draft));
        if (draft.providerCode() != null && !draft.providerCode().isBlank()
                && organisations.find(draft.providerCode()).filter(o -> o.type() == OrganisationType.CARE_PROVIDER).isEmpty()) {
            problems.add(new FieldProblem("providerCode", "Zorgaanbieder '" + draft.providerCode() + "' is niet bekend."));
        }
        Location location = locate(draft);
        if (draft.lon() != null && draft.lat() != null && problems.stream().noneMatch(p -> p.field().equals("point"))
                && location.municipalityCode() == null) {
            problems.add(new FieldProblem("point", "Het punt ligt buiten de gemeenten waarvan Thuisbasis de grenzen kent."));
        }
        if (problems.isEmpty() && !FacilityAccess.mayRegister(viewer, draft.providerCode(), location.municipalityCode())) {
            problems.add(new FieldProblem("providerCode", permissionMessage(viewer)));
        }
        return problems;
    }

    @Transactional
    Facility register(Viewer viewer, FacilityDraft draft) {
        Facility created = insert(viewer, draft);
        events.publishEvent(new FacilityRegisterChanged("create", 1));
        return created;
    }

    /** Registers all drafts or none: the first problem in any of them refuses the whole list. */
    @Transactional
    List<Facility> registerAll(Viewer viewer, List<FacilityDraft> drafts) {
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
        List<FieldProblem> problems = check(viewer, draft);
        if (!problems.isEmpty()) {
            throw new FacilityRejected(problems);
        }
        FacilityId id = FacilityId.random();
        repository.insert(id, draft, locate(draft), pc4(draft), actor(viewer));
        log.record(Processing.of("facility.create", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    Facility change(Viewer viewer, FacilityId id, int expectedVersion, FacilityDraft draft) {
        Facility current = repository.find(id).filter(f -> FacilityAccess.visibility(viewer, f) != Visibility.NONE)
                .orElseThrow(() -> new FacilityConflict(null));
        if (!FacilityAccess.mayEdit(viewer, current)) {
            denied("facility.update", id);
        }
        if (current.version() != expectedVersion) {
            throw new FacilityConflict(current);
        }
        List<FieldProblem> problems = check(viewer, draft);
        if (!problems.isEmpty()) {
            throw new FacilityRejected(problems);
        }
        if (!repository.update(id, expectedVersion, draft, locate(draft), pc4(draft), actor(viewer))) {
            throw new FacilityConflict(repository.find(id).orElse(null));
        }
        log.record(Processing.of("facility.update", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        events.publishEvent(new FacilityRegisterChanged("update", 1));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    void remove(Viewer viewer, FacilityId id, int expectedVersion) {
        Facility current = repository.find(id).filter(f -> FacilityAccess.visibility(viewer, f) != Visibility.NONE)
                .orElseThrow(() -> new FacilityConflict(null));
        if (!FacilityAccess.mayEdit(viewer, current)) {
            denied("facility.delete", id);
        }
        if (current.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new FacilityConflict(repository.find(id).orElse(null));
        }
        log.record(Processing.of("facility.delete", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(current.name()));
        events.publishEvent(new FacilityRegisterChanged("delete", 1));
    }

    /** The care providers a viewer may register facilities for, by name. */
    List<nl.thuisbasis.identity.Organisation> providersFor(Viewer viewer) {
        return organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .filter(o -> viewer.role() != nl.thuisbasis.identity.Role.PROVIDER || o.code().equals(viewer.organisationCode()))
                .sorted(Comparator.comparing(nl.thuisbasis.identity.Organisation::name))
                .toList();
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
        String name = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() == null
                ? null : org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
        return name != null ? name : viewer.anonymous() ? ProcessingLog.ANONYMOUS : viewer.organisationCode();
    }

    private static String permissionMessage(Viewer viewer) {
        return switch (viewer.role()) {
            case PROVIDER -> "U kunt alleen voorzieningen van uw eigen organisatie registreren.";
            case MUNICIPALITY -> "U kunt alleen voorzieningen in uw eigen gemeente registreren; het punt ligt in een andere gemeente.";
            default -> "U mag deze voorziening niet registreren.";
        };
    }

}
