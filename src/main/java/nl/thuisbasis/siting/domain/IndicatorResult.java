package nl.thuisbasis.siting.domain;

import nl.thuisbasis.siting.Direction;
/**
 * One indicator in a scan's outcome: the value for the candidate's neighbourhood (NaN when missing), the region's
 * median, its percentile rank in the region, the strain it signals (0..100, direction applied) and its contribution
 * to the total strain score (points out of 100).
 */
public record IndicatorResult(String key, String label, Direction direction, double weight, double value,
        double regionMedian, double percentile, double strain, double contribution) {

    public boolean missing() {
        return Double.isNaN(value) || Double.isNaN(percentile);
    }
}
