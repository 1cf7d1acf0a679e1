package nl.thuisbasis.planning.model;

import java.util.List;

/**
 * One system: municipalities (index m) grouped in pools that share places, housing types (index t), months (index k).
 * Plain data for the two engines ({@link DeterministicEngine}, {@link MonteCarloEngine}); {@link #problems()} says what
 * is wrong with it before either runs. The arrays are not copied: do not change them while an engine runs.
 *
 * @param municipalities  codes, index m
 * @param poolOf          [m] pool index; places of a type are shared by all municipalities of a pool (a region)
 * @param types           codes, index t
 * @param months          horizon (120 = 10 years), 1..600
 * @param inflow          [m][t][k] expected new arrivals from outside the system, of origin m, into type t in month k
 * @param capacity        [m][t][k] places of type t located in m in month k; {@code Double.POSITIVE_INFINITY} = unlimited
 * @param admissionLimit  null, or [m][t][k] at most this many admissions per month, pooled like capacity
 * @param stay            [t] length of stay
 * @param next            [t][t2] probability that someone whose stay in t ends moves on to t2; the rest leaves
 * @param returnShare     [t] of those who leave the system from t, the share that comes back later
 * @param returnTo        [t] the type they come back into
 * @param returnDelay     months between leaving and coming back
 * @param initialOccupied [m][t] people of origin m in a place of type t at month 0 (equilibrium residual stays)
 * @param initialWaiting  [m][t] people of origin m waiting outside for type t at month 0
 */
public record FlowModel(
        List<String> municipalities,
        int[] poolOf,
        List<String> types,
        int months,
        double[][][] inflow,
        double[][][] capacity,
        double[][][] admissionLimit,
        StayDistribution[] stay,
        double[][] next,
        double[] returnShare,
        int[] returnTo,
        StayDistribution returnDelay,
        double[][] initialOccupied,
        double[][] initialWaiting) {

    /** The longest horizon a model may have (50 years). */
    public static final int MAX_MONTHS = 600;

    /** Every problem found, as short English sentences naming the index and code; empty when the model is valid. */
    public List<String> problems() {
        return new FlowModelChecks(this).problems();
    }

    public int municipalityCount() {
        return municipalities == null ? 0 : municipalities.size();
    }

    public int typeCount() {
        return types == null ? 0 : types.size();
    }

    /** The number of pools: one more than the highest pool index. */
    public int poolCount() {
        int max = -1;
        for (int p : poolOf) {
            max = Math.max(max, p);
        }
        return max + 1;
    }

    /** Whole years in the horizon (a band needs all 12 of its months). */
    public int years() {
        return months / 12;
    }

    /** Throws IllegalArgumentException listing every problem, when there are any. */
    void requireValid() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid flow model: " + String.join("; ", problems));
        }
    }
}
