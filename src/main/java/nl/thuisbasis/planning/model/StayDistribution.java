package nl.thuisbasis.planning.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A length-of-stay distribution in whole months 1..max: a probability mass function with {@code pmf[0] == 0}.
 * Immutable. Sampling uses a precomputed alias table (Vose), so a draw costs one random number and two array reads
 * whatever the length of the distribution.
 */
public final class StayDistribution {

    /** Longest stay any factory makes (50 years); longer tails are cut off and the rest renormalised. */
    public static final int LONGEST = 600;

    private final double[] pmf;
    private final double mean;
    private final double[] aliasProbability;
    private final int[] alias;

    private StayDistribution(double[] weights) {
        double total = 0;
        for (int s = 1; s < weights.length; s++) {
            if (!(weights[s] >= 0) || Double.isInfinite(weights[s])) {
                throw new IllegalArgumentException("stay weight for month " + s + " is " + weights[s]);
            }
            total += weights[s];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("a stay distribution needs some mass in months 1 and up");
        }
        int max = weights.length - 1;
        while (weights[max] == 0) {
            max--;
        }
        pmf = new double[max + 1];
        double m = 0;
        for (int s = 1; s <= max; s++) {
            pmf[s] = weights[s] / total;
            m += s * pmf[s];
        }
        mean = m;
        aliasProbability = new double[max + 1];
        alias = new int[max + 1];
        buildAliasTable();
    }

    /** From an explicit mass function (index = months, index 0 ignored), renormalised. */
    public static StayDistribution of(double[] weights) {
        double[] copy = weights.clone();
        if (copy.length < 2) {
            throw new IllegalArgumentException("a stay distribution needs months 1 and up");
        }
        copy[0] = 0;
        return new StayDistribution(copy);
    }

    /** Every stay from {@code minMonths} to {@code maxMonths} equally likely, e.g. 36..60 for "3-5 years". */
    public static StayDistribution uniform(int minMonths, int maxMonths) {
        if (minMonths < 1 || maxMonths < minMonths || maxMonths > LONGEST) {
            throw new IllegalArgumentException("uniform stay needs 1 <= min <= max <= " + LONGEST);
        }
        double[] w = new double[maxMonths + 1];
        Arrays.fill(w, minMonths, maxMonths + 1, 1.0);
        return new StayDistribution(w);
    }

    /** A stay of exactly {@code months}. */
    public static StayDistribution fixed(int months) {
        return uniform(months, months);
    }

    /**
     * A gamma distribution with this mean and coefficient of variation, discretised to whole months (month s gets the
     * mass of (s - 0.5, s + 0.5], month 1 also everything below), truncated at max(mean x 6, mean + 12) months, or
     * later for a heavy tail until less than 1e-4 is cut off (at most {@link #LONGEST}), and renormalised. The pmf's mean is close to, not exactly, the asked mean: {@link #mean()} gives the exact value.
     */
    public static StayDistribution gamma(double meanMonths, double cv) {
        if (!(meanMonths >= 1) || !(cv > 0) || meanMonths > LONGEST || cv > 10) {
            throw new IllegalArgumentException("gamma stay needs mean >= 1 month and 0 < cv <= 10");
        }
        double shape = 1 / (cv * cv);
        double scale = meanMonths / shape;
        int max = (int) Math.min(LONGEST, Math.ceil(Math.max(meanMonths * 6, meanMonths + 12)));
        while (max < LONGEST && 1 - SpecialFunctions.regularizedGammaP(shape, (max + 0.5) / scale) > 1e-4) {
            max = Math.min(LONGEST, max + max / 2);  // a heavy tail (large cv): go on until 1 in 10,000 is left
        }
        double[] w = new double[max + 1];
        double below = 0;
        for (int s = 1; s <= max; s++) {
            double upTo = SpecialFunctions.regularizedGammaP(shape, (s + 0.5) / scale);
            w[s] = Math.max(0, upTo - below);
            below = upTo;
        }
        return new StayDistribution(w);
    }

    /**
     * Memoryless: every month a stay ends with probability 1/mean. Cut off where less than 1e-9 is left (at most
     * {@link #LONGEST} months) and renormalised, so the mean is a hair under the asked mean.
     */
    public static StayDistribution geometric(double meanMonths) {
        if (!(meanMonths >= 1) || meanMonths > LONGEST) {
            throw new IllegalArgumentException("geometric stay needs 1 <= mean <= " + LONGEST);
        }
        double p = 1 / meanMonths;
        int max = p >= 1 ? 1 : (int) Math.min(LONGEST, Math.ceil(Math.log(1e-9) / Math.log1p(-p)));
        double[] w = new double[max + 1];
        double stay = 1;
        for (int s = 1; s <= max; s++) {
            w[s] = stay * p;
            stay *= 1 - p;
        }
        return new StayDistribution(w);
    }

    /**
     * Every stay times {@code factor} ("stays 20% longer" is 1.2), same shape: the mass of month s goes to s x factor,
     * split between the two whole months around it so that the mean is exactly factor x mean (unless stays would fall
     * below one month, which are kept at one month).
     */
    public StayDistribution scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor) || maxMonths() * factor > LONGEST) {
            throw new IllegalArgumentException("scale factor must be positive and keep stays within " + LONGEST + " months");
        }
        double[] w = new double[(int) Math.ceil(maxMonths() * factor) + 2];
        for (int s = 1; s < pmf.length; s++) {
            double x = Math.max(1, s * factor);
            int low = (int) Math.floor(x);
            double high = x - low;
            w[low] += pmf[s] * (1 - high);
            w[low + 1] += pmf[s] * high;
        }
        return new StayDistribution(w);
    }

    /** The exact mean of the mass function, in months. */
    public double mean() {
        return mean;
    }

    public int maxMonths() {
        return pmf.length - 1;
    }

    /** A copy of the mass function, index = months, {@code pmf()[0] == 0}. */
    public double[] pmf() {
        return pmf.clone();
    }

    /** The mass of a stay of {@code months}, 0 outside 1..max. */
    public double probability(int months) {
        return months >= 1 && months < pmf.length ? pmf[months] : 0;
    }

    /**
     * The equilibrium residual stay of someone found in a place: P(R = r) = P(S >= r) / E[S], r = 1..max. With the
     * engines' month order someone with residual r leaves in month r - 1.
     */
    public StayDistribution residual() {
        double[] w = new double[pmf.length];
        double atLeast = 0;
        for (int r = pmf.length - 1; r >= 1; r--) {
            atLeast += pmf[r];
            w[r] = atLeast;
        }
        return new StayDistribution(w);
    }

    /** A stay in months, drawn with the alias table. */
    public int sample(SplittableRandom random) {
        int n = pmf.length - 1;
        double u = random.nextDouble() * n;
        int column = (int) u;
        if (column >= n) {
            column = n - 1;
        }
        int s = column + 1;
        return u - column < aliasProbability[s] ? s : alias[s];
    }

    private void buildAliasTable() {
        int n = pmf.length - 1;
        double[] scaledMass = new double[n + 1];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int s = 1; s <= n; s++) {
            scaledMass[s] = pmf[s] * n;
            if (scaledMass[s] < 1) {
                small[smallCount++] = s;
            } else {
                large[largeCount++] = s;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int less = small[--smallCount];
            int more = large[--largeCount];
            aliasProbability[less] = scaledMass[less];
            alias[less] = more;
            scaledMass[more] = scaledMass[more] + scaledMass[less] - 1;
            if (scaledMass[more] < 1) {
                small[smallCount++] = more;
            } else {
                large[largeCount++] = more;
            }
        }
        while (largeCount > 0) {
            int s = large[--largeCount];
            aliasProbability[s] = 1;
            alias[s] = s;
        }
        while (smallCount > 0) {
            int s = small[--smallCount];
            aliasProbability[s] = 1;
            alias[s] = s;
        }
    }

    @Override
    public String toString() {
        return "StayDistribution[mean=" + mean + ", max=" + maxMonths() + "]";
    }
}
