package nl.thuisbasis.outflow.domain.matching;

import java.util.List;
import java.util.Map;

/**
 * What the engine proposes: vacancy -> candidate, the objective reached (housed, then waiting weight, then fit), a
 * ranked list of candidates per vacancy with reasons, and for every candidate left out why.
 */
public record MatchingResult(Map<String, String> assignment, Objective objective, Map<String, List<Ranked>> rankedPerVacancy,
        Map<String, LeftOut> leftOut) {

    /**
     * The lexicographic objective: most housed; then the largest waiting weight (each housed candidate weighs the
     * number of distinct urgency dates that are not earlier than its own, so the longest waiting weigh most); then the
     * smallest total fit.
     */
    public record Objective(int housed, long waitingWeight, long fit) implements Comparable<Objective> {
        /** Better objectives compare as smaller. */
        @Override
        public int compareTo(Objective o) {
            if (housed != o.housed) {
                return Integer.compare(o.housed, housed);
            }
            if (waitingWeight != o.waitingWeight) {
                return Long.compare(o.waitingWeight, waitingWeight);
            }
            return Long.compare(fit, o.fit);
        }
    }

    /** The reason that says how long a candidate has waited; it opens with this text and the date follows. */
    public static final String WAITING_SINCE = "urgent sinds ";

    /** The reason that says a candidate on the list is proposed for another vacancy. */
    public static final String PROPOSED_ELSEWHERE = "voorgesteld voor een andere woning";

    /** A candidate for a vacancy, in order of who comes first, with the reasons in Dutch. */
    public record Ranked(String candidateId, int place, boolean proposed, List<String> reasons) {

        /**
         * The reasons for a viewer who may not see this candidate (a corporation looking at the rest of its list): how
         * long they have waited and whether they are proposed elsewhere, not their preferences (choice, origin).
         */
        public List<String> anonymousReasons() {
            return reasons.stream().filter(r -> r.startsWith(WAITING_SINCE) || r.equals(PROPOSED_ELSEWHERE)).toList();
        }
    }

    /** Why a candidate got no proposal: per rule how many vacancies it rules out, and how many were open to them. */
    public record LeftOut(String candidateId, Map<Rule, Integer> blockedByRule, int openVacancies, String summary) {
    }
}
