package nl.thuisbasis.trajectory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;

/**
 * How a client's scores moved: per domain, the change since the previous assessment that scored it (an assessment may
 * leave a domain empty, and a later instrument version may drop or add domains, so the previous score of a domain is the
 * last one before, whichever assessment it was in).
 */
public final class Progress {

    private Progress() {
    }

    /** A domain's latest score, the one before it, and the target. */
    public record Change(String domain, Integer latest, Integer previous, Integer target) {

        /** Up (positive), down (negative) or none; empty when there is nothing to compare. */
        public Optional<Integer> delta() {
            return latest == null || previous == null ? Optional.empty() : Optional.of(latest - previous);
        }

        /** Whether the target is reached. */
        public boolean targetReached() {
            return latest != null && target != null && latest >= target;
        }
    }

    /** The change per domain of the last assessment, against everything scored before it; in the order of its domains. */
    public static List<Change> sinceLast(List<String> domains, List<Map<String, DomainScore>> oldestFirst) {
        List<Change> changes = new ArrayList<>();
        if (oldestFirst.isEmpty()) {
            return changes;
        }
        Map<String, DomainScore> last = oldestFirst.getLast();
        for (String domain : domains) {
            DomainScore now = last.get(domain);
            Integer previous = null;
            for (int i = oldestFirst.size() - 2; i >= 0 && previous == null; i--) {
                DomainScore before = oldestFirst.get(i).get(domain);
                previous = before == null ? null : before.score();
            }
            changes.add(new Change(domain, now == null ? null : now.score(), previous, now == null ? null : now.target()));
        }
        return changes;
    }
}
