package nl.thuisbasis.siting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.siting.Direction;

/**
 * Scores a neighbourhood (with the candidate facility added to its load) against the region: each indicator's
 * percentile rank in the region, turned by its direction into strain, weighted into a total of 0..100.
 * Missing indicators are left out and the remaining weights re-normalised, and the outcome says so.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * @param values        the indicator values for the candidate's neighbourhood (key to value; absent or NaN = missing)
     * @param distributions the region's distribution per indicator key
     */
    public static ScanOutcome score(ScoringModel model, Map<String, Double> values, Map<String, Percentiles> distributions) {
        List<IndicatorResult> results = new ArrayList<>();
        double weightUsed = 0;
        for (IndicatorWeight indicator : model.indicators()) {
            Double raw = values.get(indicator.key());
            double value = raw == null ? Double.NaN : raw;
            Percentiles distribution = distributions.get(indicator.key());
            double percentile = distribution == null ? Double.NaN : distribution.rank(value);
            double median = distribution == null ? Double.NaN : distribution.median();
            double strain = Double.isNaN(percentile) ? Double.NaN
                    : indicator.direction() == Direction.HIGHER_IS_MORE_STRAIN ? percentile : 100 - percentile;
            if (!Double.isNaN(strain) && indicator.weight() > 0) {
                weightUsed += indicator.weight();
            }
            results.add(new IndicatorResult(indicator.key(), indicator.label(), indicator.direction(), indicator.weight(),
                    value, median, percentile, strain, 0));
        }
        double total = 0;
        List<IndicatorResult> weighted = new ArrayList<>();
        for (IndicatorResult r : results) {
            double contribution = r.missing() || r.weight() == 0 || weightUsed == 0 ? 0 : r.strain() * r.weight() / weightUsed;
            total += contribution;
            weighted.add(new IndicatorResult(r.key(), r.label(), r.direction(), r.weight(), r.value(), r.regionMedian(),
                    r.percentile(), r.strain(), contribution));
        }
        double strain = weightUsed == 0 ? Double.NaN : total;
        Verdict verdict = Double.isNaN(strain) ? Verdict.ORANGE : model.verdictFor(strain);
        return new ScanOutcome(strain, verdict, weighted, drivers(model, weighted, strain, verdict));
    }

    /**
     * The verdict explained: the total, then the indicators that pushed it most up and down, then what is missing; each
     * a message key with its arguments (numbers rounded as they are shown, indicators as {@link IndicatorName}).
     */
    static List<Problem> drivers(ScoringModel model, List<IndicatorResult> results, double strain, Verdict verdict) {
        List<Problem> drivers = new ArrayList<>();
        if (Double.isNaN(strain)) {
            drivers.add(Problem.of("siting.reason.none"));
            return drivers;
        }
        drivers.add(Problem.of("siting.reason.total", Math.round(strain), Math.round(model.orangeFrom()),
                Math.round(model.redFrom()), Problem.label("siting.reason.verdict." + verdict.name())));
        List<IndicatorResult> counted = results.stream().filter(r -> !r.missing() && r.weight() > 0).toList();
        counted.stream().filter(r -> r.strain() >= 75)
                .sorted(Comparator.comparingDouble(IndicatorResult::contribution).reversed()).limit(3)
                .forEach(r -> drivers.add(Problem.of("siting.reason.high", name(r), number(r.value()),
                        Math.round(r.strain()))));
        counted.stream().filter(r -> r.strain() <= 25)
                .sorted(Comparator.comparingDouble(IndicatorResult::strain)).limit(3)
                .forEach(r -> drivers.add(Problem.of("siting.reason.low", name(r), number(r.value()),
                        Math.round(100 - r.strain()))));
        results.stream().filter(r -> r.missing() && r.weight() > 0)
                .forEach(r -> drivers.add(Problem.of("siting.reason.missing", name(r))));
        return drivers;
    }

    private static IndicatorName name(IndicatorResult r) {
        return new IndicatorName(r.key(), r.label());
    }

    /** A value as the reasons show it: whole numbers as they are, others with one decimal. */
    static BigDecimal number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return BigDecimal.valueOf((long) value);
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
