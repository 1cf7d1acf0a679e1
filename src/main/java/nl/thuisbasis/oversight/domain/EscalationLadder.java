package nl.thuisbasis.oversight.domain;

import java.util.ArrayList;
import java.util.List;

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

    /** What stands in the way of the move, in Dutch; empty when it is allowed. */
    public static List<String> check(Move move) {
        List<String> problems = new ArrayList<>();
        if (move.to() == null) {
            problems.add("Kies het nieuwe regime.");
            return problems;
        }
        if (move.reason() == null || move.reason().isBlank()) {
            problems.add("Geef de reden van de wijziging.");
        }
        if (move.from() == move.to()) {
            problems.add("De locatie heeft dit regime al.");
            return problems;
        }
        int steps = move.to().ordinal() - (move.from() == null ? 0 : move.from().ordinal());
        if (steps > 1 && !move.urgent()) {
            problems.add("Meer dan één trede tegelijk opschalen kan alleen bij een ernstig incident (urgent).");
        }
        if (steps < -1) {
            problems.add("Afschalen gaat één trede tegelijk.");
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
