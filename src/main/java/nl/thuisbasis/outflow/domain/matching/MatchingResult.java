package nl.thuisbasis.outflow.domain.matching;

import java.time.LocalDate;
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

    /**
     * One reason, as a code with its argument (a date or a number), so that each reader reads it in their own language
     * (the message {@code out.matching.reason.<CODE>}). {@code text} holds the words of a round stored before reasons
     * were codes: those are shown as they were stored; the engine itself never writes text.
     */
    public record Reason(Code code, LocalDate date, Integer number, String text) {

        public enum Code {
            /** Urgent since {@code date}. */
            WAITING_SINCE,
            /** The vacancy's municipality is the candidate's {@code number}-th choice. */
            CHOICE,
            /** The vacancy is in the candidate's municipality of origin. */
            ORIGIN,
            /** The candidate is proposed for another vacancy. */
            PROPOSED_ELSEWHERE,
            /** Left out: there are no open vacancies. */
            NO_OPEN_VACANCIES,
            /** Left out: none of the {@code number} vacancies meets the hard rules (which rules: the blocked counts). */
            NO_VACANCY_FITS,
            /** Left out: the {@code number} vacancies that fit go to those who waited longer, or house more people. */
            TAKEN_BY_OTHERS,
            /** Words an older round stored that are none of the above. */
            TEXT
        }

        public static Reason of(Code code) {
            return new Reason(code, null, null, null);
        }

        public static Reason of(Code code, int number) {
            return new Reason(code, null, number, null);
        }

        public static Reason waitingSince(LocalDate date) {
            return new Reason(Code.WAITING_SINCE, date, null, null);
        }

        /** What a round stored before reasons were codes: shown as it is. */
        public static Reason stored(Code code, String text) {
            return new Reason(code, null, null, text);
        }

        /** Whether any viewer may read it, also of a candidate they may not see: how long they waited, proposed elsewhere. */
        public boolean anonymous() {
            return code == Code.WAITING_SINCE || code == Code.PROPOSED_ELSEWHERE;
        }
    }

    /** A candidate for a vacancy, in order of who comes first, with the reasons. */
    public record Ranked(String candidateId, int place, boolean proposed, List<Reason> reasons) {

        /**
         * The reasons for a viewer who may not see this candidate (a corporation looking at the rest of its list): how
         * long they have waited and whether they are proposed elsewhere, not their preferences (choice, origin).
         */
        public List<Reason> anonymousReasons() {
            return reasons.stream().filter(Reason::anonymous).toList();
        }
    }

    /**
     * Why a candidate got no proposal: per rule how many vacancies it rules out, how many were open to them, and the
     * reason in a word.
     */
    public record LeftOut(String candidateId, Map<Rule, Integer> blockedByRule, int openVacancies, Reason reason) {
    }
}
