package nl.thuisbasis.oversight.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.platform.Problem;

/**
 * The rule that suggests a regime change from reports: a location gets a suggestion one rung up when it had at
 * least {@code reportsThreshold} nuisance reports in the window, or at least {@code overdueThreshold} reports past
 * their deadline; and one rung down (never below dormant) when it had none at all in the window and none overdue
 * while above dormant and on that rung for at least the window (so a location that was just moved up is not
 * sent straight back down). A suggestion is only shown, with its reasons: people decide, the ladder never moves by itself.
 */
public final class RegimeSuggestion {

    private RegimeSuggestion() {
    }

    /** The configurable thresholds: N reports in a window of days, or M overdue reports. */
    public record Rule(int reportsThreshold, int windowDays, int overdueThreshold) {
        public Rule {
            if (reportsThreshold < 1 || windowDays < 1 || overdueThreshold < 1) {
                throw new IllegalArgumentException("thresholds must be positive");
            }
        }
    }

    /** What the reports say about a location now. */
    public record Signals(Regime current, int reportsInWindow, int overdueReports, long daysOnRegime) {
    }

    /** A suggested move with its reasons, each a message key with its figures. */
    public record Suggestion(Regime from, Regime to, List<Problem> reasons) {
        public boolean escalates() {
            return to.heavierThan(from);
        }
    }

    public static Optional<Suggestion> suggest(Signals signals, Rule rule) {
        Regime current = signals.current();
        List<Problem> reasons = new ArrayList<>();
        if (signals.reportsInWindow() >= rule.reportsThreshold()) {
            reasons.add(Problem.of("oversight.suggestion.reason.reports", signals.reportsInWindow(), rule.windowDays(),
                    rule.reportsThreshold()));
        }
        if (signals.overdueReports() >= rule.overdueThreshold()) {
            reasons.add(Problem.of("oversight.suggestion.reason.overdue", signals.overdueReports(), rule.overdueThreshold()));
        }
        if (!reasons.isEmpty()) {
            if (current == Regime.IMPROVEMENT_TRACK) {
                return Optional.empty();
            }
            return Optional.of(new Suggestion(current, Regime.values()[current.ordinal() + 1], List.copyOf(reasons)));
        }
        if (current != Regime.DORMANT && signals.reportsInWindow() == 0 && signals.overdueReports() == 0
                && signals.daysOnRegime() >= rule.windowDays()) {
            return Optional.of(new Suggestion(current, Regime.values()[current.ordinal() - 1],
                    List.of(Problem.of("oversight.suggestion.reason.quiet", rule.windowDays()))));
        }
        return Optional.empty();
    }
}
