package nl.thuisbasis.siting.domain;

import java.util.Arrays;

/**
 * The region's distribution of one indicator, sorted once, and the percentile rank of a value in it:
 * the share of the region's neighbourhoods with a lower value plus half of those with the same value
 * (the "mid-rank" definition, so ties and the median land at 50).
 */
public final class Percentiles {

    private final double[] sorted;

    public Percentiles(double[] values) {
        this.sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    public int size() {
        return sorted.length;
    }

    /** The percentile rank 0..100 of a value; NaN when the region has no values for this indicator. */
    public double rank(double value) {
        if (sorted.length == 0 || Double.isNaN(value)) {
            return Double.NaN;
        }
        int below = lowerBound(value);
        int upTo = upperBound(value);
        return 100.0 * (below + (upTo - below) / 2.0) / sorted.length;
    }

    public double median() {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private int lowerBound(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int upperBound(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
