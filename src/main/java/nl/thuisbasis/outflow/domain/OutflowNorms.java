package nl.thuisbasis.outflow.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The time norms of the priority scheme: at most a number of months between granting urgency and an offer (seed 004:
 * 3 months), an offer unanswered for a number of days is stalled (default 7), and a tenancy-with-care agreement is
 * evaluated at 3, 6 and 12 months after its start.
 */
public final class OutflowNorms {

    static final List<Integer> EVALUATION_MONTHS = List.of(3, 6, 12);

    private OutflowNorms() {
    }

    /** The day by which an offer should have been made. */
    public static LocalDate offerDue(LocalDate urgencyGranted, int normMonths) {
        return urgencyGranted.plusMonths(normMonths);
    }

    /** Whether an offer on {@code offeredOn} (or, without an offer yet, waiting until {@code today}) met the norm. */
    public static boolean withinNorm(LocalDate urgencyGranted, LocalDate offeredOn, int normMonths) {
        return !offeredOn.isAfter(offerDue(urgencyGranted, normMonths));
    }

    /** Waiting days from urgency to the first offer (or to today). */
    public static long waitingDays(LocalDate urgencyGranted, LocalDate until) {
        return ChronoUnit.DAYS.between(urgencyGranted, until);
    }

    /** An open offer is stalled when it has waited more than {@code stalledDays} for an answer. */
    public static boolean stalled(LocalDate offeredOn, LocalDate today, int stalledDays) {
        return ChronoUnit.DAYS.between(offeredOn, today) > stalledDays;
    }

    /** The months after the start at which an agreement of {@code months} is evaluated: 3 and 6 when it lasts longer, and its end. */
    public static List<Integer> evaluationMonths(int months) {
        List<Integer> result = new java.util.ArrayList<>();
        for (int m : EVALUATION_MONTHS) {
            if (m < months) {
                result.add(m);
            }
        }
        result.add(months);
        return List.copyOf(result);
    }

    /** The evaluation moments of an agreement of {@code months} starting on {@code start}, as due dates. */
    public static List<LocalDate> evaluationsDue(LocalDate start, int months) {
        return evaluationMonths(months).stream().map(start::plusMonths).toList();
    }
}
