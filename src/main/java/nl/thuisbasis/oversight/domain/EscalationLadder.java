package nl.thuisbasis.oversight.domain;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;

/**
 * Which moves on the escalation ladder are allowed. One rung up or down at a time; escalating more than one rung
 * at once only with an urgent reason (a serious incident); de-escalating always one rung at a time, so the lighter
 * regimes are tried again before a location goes back to dormant. Extra supervision (extra toezicht) exists only
 * alongside the improvement track: it can be switched on only there, and leaving the track ends it.
 */
public final class EscalationLadder {

    private EscalationLadder() {
    }

    /** A proposed move, as a person proposes it. */
    public record Move(Regime from, Regime to, String reason, boolean urgent) {
    }

    /** What stands in the way of the move (fields {@code to} and {@code reason}); empty when it is allowed. */
    public static List<Problem> check(Move move) {
        List<Problem> problems = new ArrayList<>();
        if (move.to() == null) {
            problems.add(Problem.at("to", "oversight.problem.regime.missing"));
            return problems;
        }
        if (move.reason() == null || move.reason().isBlank()) {
            problems.add(Problem.at("reason", "oversight.problem.reason.missing"));
        }
        if (move.from() == move.to()) {
            problems.add(Problem.at("to", "oversight.problem.regime.same"));
            return problems;
        }
        int steps = move.to().ordinal() - (move.from() == null ? 0 : move.from().ordinal());
        if (steps > 1 && !move.urgent()) {
            problems.add(Problem.at("to", "oversight.problem.regime.skipUp"));
        }
        if (steps < -1) {
            problems.add(Problem.at("to", "oversight.problem.regime.skipDown"));
        }
        return problems;
    }

    /** Whether extra supervision may be switched on in this regime. */
    public static boolean extraSupervisionAllowed(Regime regime) {
        return regime == Regime.IMPROVEMENT_TRACK;
    }

    /** Whether a move ends extra supervision that is on (it does when the location leaves the improvement track). */
    public static boolean endsExtraSupervision(Move move) {
        return move.from() == Regime.IMPROVEMENT_TRACK && move.to() != Regime.IMPROVEMENT_TRACK;
    }
}
