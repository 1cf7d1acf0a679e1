package nl.thuisbasis.oversight.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.EscalationLadder;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.improvement.Improvements;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.oversight.location.OversightProfile;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a location on the escalation ladder and switching extra supervision, by the municipality it lies in, region
 * coordinators and admins. Every move is kept with its reason, who decided and when; moving onto the improvement
 * track opens the track (its goal: the reason), moving off it ends the track and, with it, extra supervision.
 */
@Service
class Ladder {

    static final int MAX_REASON = 2000;
    static final int MAX_DECIDED_BY = 200;
    /** The history line the system writes when leaving the track ends extra supervision: the typed reason is its argument. */
    static final String ENDED_BY_TRACK = "oversight.supervision.endedByTrack";

    private final LadderRepository repository;
    private final Locations locations;
    private final Improvements improvements;
    private final ProcessingLog log;

    Ladder(LadderRepository repository, Locations locations, Improvements improvements, ProcessingLog log) {
        this.repository = repository;
        this.locations = locations;
        this.improvements = improvements;
        this.log = log;
    }

    /** A move as a person proposes it. */
    record Move(Regime to, String reason, boolean urgent, String decidedBy, LocalDate decidedOn) {
    }

    /** Extra supervision on or off, as a person decides it. */
    record Supervision(boolean on, String reason, LocalDate decidedOn) {
    }

    /** Everything that stands in the way of the move (nothing is changed). */
    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, LocationId id, Move move) {
        return problems(locations.regime(locations.manageable(user, id)), move);
    }

    private static List<Problem> problems(Regime from, Move move) {
        List<Problem> problems = new ArrayList<>(EscalationLadder.check(
                new EscalationLadder.Move(from, move.to(), move.reason(), move.urgent())));
        Inputs.text(problems, "reason", move.reason(), MAX_REASON);
        Inputs.required(problems, "decidedBy", move.decidedBy(), MAX_DECIDED_BY, "oversight.problem.decidedBy.missing");
        decisionDate(problems, "decidedOn", move.decidedOn(), true);
        return problems;
    }

    @Transactional
    OversightProfile changeRegime(CurrentUser user, LocationId id, Move move) {
        Facility facility = locations.manageable(user, id);
        locations.ensure(facility, user.getUsername());
        Regime from = repository.regimeForUpdate(facility.id());
        Refused.unless(problems(from, move), Locations.REFUSED);
        Regime to = move.to();
        String reason = move.reason().trim();
        repository.insertRegimeChange(facility.id(), from, to, reason, move.urgent(), move.decidedBy().trim(), move.decidedOn(),
                user.getUsername());
        boolean endSupervision = EscalationLadder.endsExtraSupervision(new EscalationLadder.Move(from, to, reason, move.urgent()))
                && repository.extraSupervision(facility.id());
        if (endSupervision) {
            repository.insertSupervisionChange(facility.id(), false, reason, ENDED_BY_TRACK, List.of(reason), move.decidedOn(),
                    user.getUsername());
        }
        if (to == Regime.IMPROVEMENT_TRACK) {
            improvements.startTrack(facility.id(), move.decidedOn(), reason, user.getUsername());
        } else if (from == Regime.IMPROVEMENT_TRACK) {
            improvements.endTrack(facility.id(), move.decidedOn());
        }
        repository.updateRegime(facility.id(), to, user.getUsername());
        log.record(Processing.of("oversight.regime", "facility", id.toString(), Locations.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("oversight.log.regimeChanged", Problem.label("oversight.regime." + from), Problem.label("oversight.regime." + to)));
        return locations.read(facility);
    }

    /** Everything that stands in the way of switching extra supervision (nothing is changed). */
    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, LocationId id, Supervision supervision) {
        return problems(locations.regime(locations.manageable(user, id)), supervision);
    }

    private static List<Problem> problems(Regime regime, Supervision supervision) {
        List<Problem> problems = new ArrayList<>();
        if (supervision.on() && !EscalationLadder.extraSupervisionAllowed(regime)) {
            problems.add(Problem.at("on", "oversight.problem.supervision.trackOnly"));
        }
        Inputs.required(problems, "reason", supervision.reason(), MAX_REASON, "oversight.problem.supervision.reason");
        decisionDate(problems, "decidedOn", supervision.decidedOn(), false);
        return problems;
    }

    @Transactional
    OversightProfile setExtraSupervision(CurrentUser user, LocationId id, Supervision supervision) {
        Facility facility = locations.manageable(user, id);
        locations.ensure(facility, user.getUsername());
        Refused.unless(problems(locations.regime(facility), supervision), Locations.REFUSED);
        repository.insertSupervisionChange(facility.id(), supervision.on(), supervision.reason().trim(), null, null,
                supervision.decidedOn(), user.getUsername());
        repository.updateExtraSupervision(facility.id(), supervision.on(), user.getUsername());
        log.record(Processing.of("oversight.extra-supervision", "facility", id.toString(), Locations.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO).withDetailsKey(supervision.on() ? "oversight.log.supervision.on" : "oversight.log.supervision.off"));
        return locations.read(facility);
    }

    private static void decisionDate(List<Problem> problems, String field, LocalDate date, boolean notInFuture) {
        if (date == null) {
            problems.add(Problem.at(field, "oversight.problem.decidedOn.missing"));
        } else if (notInFuture && date.isAfter(LocalDate.now())) {
            problems.add(Problem.at(field, "oversight.problem.decidedOn.future"));
        } else {
            Inputs.date(problems, field, date);
        }
    }
}
