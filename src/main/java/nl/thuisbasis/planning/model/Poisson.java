package nl.thuisbasis.planning.model;

import java.util.SplittableRandom;

/**
 * Poisson draws: inversion by sequential search for small means (one uniform, work proportional to the mean), and
 * Hoermann's transformed rejection (PTRS, 1993) for means of 30 and more (constant work).
 */
final class Poisson {

    static final double INVERSION_LIMIT = 30;

    private Poisson() {
    }

    /** A draw with mean {@code mean}; {@code expMinusMean} is exp(-mean), precomputed by the caller for small means. */
    static int sample(SplittableRandom random, double mean, double expMinusMean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < INVERSION_LIMIT) {
            double u = random.nextDouble();
            double p = expMinusMean;
            double cumulative = p;
            int x = 0;
            while (u > cumulative && x < 1000) {
                x++;
                p *= mean / x;
                cumulative += p;
            }
            return x;
        }
        return transformedRejection(random, mean);
    }

    private static int transformedRejection(SplittableRandom random, double mean) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (int) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - SpecialFunctions.logGamma(k + 1)) {
                return (int) k;
            }
        }
    }
}
