package nl.thuisbasis.oversight.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.ActionStatus;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.oversight.location.OversightProfile;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement tracks: a location on the last rung of the ladder gets a plan of actions, each with an owner
 * organisation and a deadline. Managers add actions; managers, the facility's provider and the action's owner set
 * their status. Overdue actions show on the municipality's overview.
 */
@Service
public class Improvements {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_OWNER = 100;

    private final ImprovementRepository repository;
    private final Locations locations;
    private final ProcessingLog log;

    Improvements(ImprovementRepository repository, Locations locations, ProcessingLog log) {
        this.repository = repository;
        this.locations = locations;
        this.log = log;
    }

    /** A new action for the plan, as entered. */
    record NewAction(String description, String ownerOrganisation, LocalDate deadline) {
    }

    /** An overdue action with the location it belongs to. */
    public record OverdueAction(String facilityId, String facilityName, String description, String owner, LocalDate deadline,
            String status) {
    }

    /** Everything that stands in the way of the action (nothing is stored). */
    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, LocationId id, NewAction action) {
        return problems(locations.regime(locations.manageable(user, id)), action);
    }

    private static List<Problem> problems(Regime regime, NewAction action) {
        List<Problem> problems = new ArrayList<>();
        if (regime != Regime.IMPROVEMENT_TRACK) {
            problems.add(Problem.of("oversight.problem.action.noTrack"));
        }
        Inputs.required(problems, "description", action.description(), MAX_DESCRIPTION, "oversight.problem.action.description");
        Inputs.required(problems, "ownerOrganisation", action.ownerOrganisation(), MAX_OWNER, "oversight.problem.action.owner");
        if (action.deadline() == null) {
            problems.add(Problem.at("deadline", "oversight.problem.action.deadline"));
        }
        Inputs.date(problems, "deadline", action.deadline());
        return problems;
    }

    /** Adds an action to the plan of the location's improvement track (there must be one: the regime says so). */
    @Transactional
    OversightProfile addAction(CurrentUser user, LocationId id, NewAction action) {
        Facility facility = locations.manageable(user, id);
        locations.ensure(facility, user.getUsername());
        Refused.unless(problems(locations.regime(facility), action), Locations.REFUSED);
        UUID track = repository.openTrack(facility.id())
                .orElseGet(() -> repository.insertTrack(facility.id(), LocalDate.now(), null, user.getUsername()));
        repository.insertAction(track, action.description().trim(), action.ownerOrganisation().trim(), action.deadline(),
                user.getUsername());
        log.record(Processing.of("oversight.action.add", "facility", id.toString(), Locations.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return locations.read(facility);
    }

    /**
     * A new status for an action: managers, the facility's provider and the action's owner organisation may set it,
     * with the version they read.
     */
    @Transactional
    OversightProfile setStatus(CurrentUser user, LocationId id, ActionId action, Integer version, String status) {
        Facility facility = locations.visible(id);
        String owner = repository.owner(action, facility.id())
                .orElseThrow(() -> Refused.notFound(Problem.of("oversight.problem.action.unknown")));
        boolean allowed = locations.mayManage(user, facility) || locations.mayEditDetails(user, facility)
                || owner.equals(user.organisationCode()) || owner.equals(user.organisation().name());
        if (!allowed) {
            throw new AccessDeniedException("not allowed to update this action");
        }
        List<Problem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(Problem.at("version", "oversight.problem.version.missing"));
        }
        if (status == null || Arrays.stream(ActionStatus.values()).noneMatch(s -> s.name().equals(status))) {
            problems.add(Problem.at("status", "oversight.problem.action.status"));
        }
        Refused.unless(problems, Locations.REFUSED);
        Locations.versioned(repository.setStatus(action, version, status, user.getUsername()));
        log.record(Processing.of("oversight.action.status", "facility", id.toString(), Locations.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("oversight.log.actionStatus", Problem.label("oversight.action." + status)));
        return locations.read(facility);
    }

    /** Opens the location's improvement track, unless one is open already (a move onto the last rung of the ladder). */
    public void startTrack(FacilityId facility, LocalDate startedOn, String goal, String actor) {
        if (repository.openTrack(facility).isEmpty()) {
            repository.insertTrack(facility, startedOn, goal, actor);
        }
    }

    /** Ends the location's open improvement track (a move off the last rung). */
    public void endTrack(FacilityId facility, LocalDate endedOn) {
        repository.endTrack(facility, endedOn);
    }

    /** Overdue actions of open improvement tracks, in the municipality (null: everywhere the user sees), oldest first. */
    @Transactional(readOnly = true)
    public List<OverdueAction> overdueActions(CurrentUser user, String municipalityCode) {
        String scope = Locations.scope(user, municipalityCode);
        List<OverdueAction> result = new ArrayList<>();
        for (OverdueAction a : repository.overdue()) {
            locations.find(LocationId.of(a.facilityId()))
                    .filter(f -> scope == null || f.municipalityCode().equals(scope))
                    .ifPresent(f -> result.add(new OverdueAction(a.facilityId(), f.name(), a.description(), a.owner(),
                            a.deadline(), a.status())));
        }
        return result;
    }
}
