package nl.thuisbasis.planning.model;

/** The log-gamma function and the regularised lower incomplete gamma function, for the gamma stay and Poisson draws. */
final class SpecialFunctions {

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};

    private SpecialFunctions() {
    }

    /** ln Gamma(x) for x > 0 (Lanczos, g = 7, about 15 digits). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** P(a, x) = gamma(a, x) / Gamma(a), the gamma distribution's CDF at x with shape a and scale 1. */
    static double regularizedGammaP(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        double logFront = a * Math.log(x) - x - logGamma(a);
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-16) {
                    break;
                }
            }
            return Math.min(1, sum * Math.exp(logFront));
        }
        // continued fraction for Q(a, x) (modified Lentz)
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.max(0, 1 - Math.exp(logFront) * h);
    }
}
