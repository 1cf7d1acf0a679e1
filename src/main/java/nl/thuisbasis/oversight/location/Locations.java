package nl.thuisbasis.oversight.location;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.oversight.OversightProperties;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location's oversight as a whole, and who may do what with it. Everyone who sees a facility in full may read its
 * oversight; the municipality it lies in, region coordinators and admins manage it (the ladder, the plan of actions);
 * they and the facility's own provider keep its committee, covenant and measurements. The feature packages use this
 * for their access checks and to answer with the profile as it is after their change.
 */
@Service
public class Locations {

    /** The purpose of every processing-log entry of oversight. */
    public static final String PURPOSE = "purpose.oversight.ladder";
    /** The problem code of refused oversight input (API and forms). */
    public static final String REFUSED = "oversight-refused";
    public static final Set<Role> MANAGERS = Set.of(Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.ADMIN);

    private final FacilityRegister register;
    private final ProfileRepository profiles;
    private final ProcessingLog log;
    private final OversightProperties properties;

    Locations(FacilityRegister register, ProfileRepository profiles, ProcessingLog log, OversightProperties properties) {
        this.register = register;
        this.profiles = profiles;
        this.log = log;
        this.properties = properties;
    }

    /** The oversight of a facility the user sees in full; a facility without a profile yet is dormant (nothing stored). */
    @Transactional(readOnly = true)
    public Optional<OversightProfile> profile(LocationId id) {
        return register.findInFull(id.facility()).map(this::read);
    }

    /** The profile as it is now (also within the transaction of a change). */
    public OversightProfile read(Facility facility) {
        return profiles.read(facility, properties.covenantCurrentFor(), LocalDate.now());
    }

    /** The location's regime now (dormant when it has no profile yet). */
    public Regime regime(Facility facility) {
        return profiles.regime(facility);
    }

    /** A facility gets its (dormant) profile the first time anyone works with its oversight. */
    public void ensure(Facility facility, String actor) {
        profiles.ensure(facility, actor);
    }

    /** The facility, when this user sees it in full; otherwise it does not exist for them (404). */
    public Facility visible(LocationId id) {
        return register.findInFull(id.facility()).orElseThrow(Locations::notFound);
    }

    public Optional<Facility> find(LocationId id) {
        return register.findInFull(id.facility());
    }

    /** The contracted locations (in a municipality, or all for null) that the logged-in user sees in full. */
    public List<Facility> contracted(String municipalityCode) {
        return register.contractedInFull(municipalityCode);
    }

    /** The facility, when this user keeps its committee, covenant and measurements; refused and logged otherwise. */
    public Facility editable(CurrentUser user, LocationId id) {
        Facility facility = visible(id);
        if (!mayEditDetails(user, facility)) {
            log.record(new Processing("oversight.edit", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO,
                    Processing.Outcome.DENIED, null));
            throw new AccessDeniedException("not allowed to edit oversight");
        }
        return facility;
    }

    /** The facility, when this user moves it on the ladder and keeps its plan; refused and logged otherwise. */
    public Facility manageable(CurrentUser user, LocationId id) {
        Facility facility = visible(id);
        if (!mayManage(user, facility)) {
            log.record(new Processing("oversight.regime", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO,
                    Processing.Outcome.DENIED, null));
            throw new AccessDeniedException("not allowed to manage oversight");
        }
        return facility;
    }

    /** Whether the user moves this location on the ladder and keeps its plan of actions. */
    public boolean mayManage(CurrentUser user, Facility facility) {
        return MANAGERS.contains(user.role()) && (user.role() != Role.MUNICIPALITY
                || facility.municipalityCode().equals(user.organisation().municipalityCode()));
    }

    /** Whether the user keeps committee, covenant and measurements: managers and the facility's own provider. */
    public boolean mayEditDetails(CurrentUser user, Facility facility) {
        return mayManage(user, facility)
                || user.role() == Role.PROVIDER && user.organisationCode().equals(facility.providerCode());
    }

    /**
     * The municipality a manager works in: a municipality its own, a coordinator or admin the one they ask for (null:
     * all). Overviews and inventories are for managers only.
     */
    public static String scope(CurrentUser user, String requested) {
        if (!MANAGERS.contains(user.role())) {
            throw new AccessDeniedException("oversight overviews and inventories are for municipalities and the region");
        }
        return user.role() == Role.MUNICIPALITY ? user.organisation().municipalityCode() : requested;
    }

    /** A location that does not exist, or that this user does not see in full. */
    public static Refused notFound() {
        return Refused.notFound(Problem.of("oversight.problem.location.notFound"));
    }

    /** An update of a versioned row that found no row with the version read: someone else was first. */
    public static void versioned(int updated) {
        if (updated != 1) {
            throw Refused.stale();
        }
    }
}
