package nl.thuisbasis.siting.domain;

import nl.thuisbasis.siting.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The verdict in words: the total, then the indicators that pushed it most up and down, then what is missing. */
    static List<String> drivers(ScoringModel model, List<IndicatorResult> results, double strain, Verdict verdict) {
        List<String> drivers = new ArrayList<>();
        if (Double.isNaN(strain)) {
            drivers.add("Geen enkele indicator heeft een waarde voor deze buurt; het advies is daarom oranje: weeg handmatig.");
            return drivers;
        }
        drivers.add(String.format(Locale.ROOT, "Belastingsscore %.0f van 100 (groen onder %.0f, rood vanaf %.0f): %s.",
                strain, model.orangeFrom(), model.redFrom(), switch (verdict) {
                    case GREEN -> "kan landen";
                    case ORANGE -> "kan landen onder voorwaarden";
                    case RED -> "afgeraden";
                }));
        List<IndicatorResult> counted = results.stream().filter(r -> !r.missing() && r.weight() > 0).toList();
        counted.stream().filter(r -> r.strain() >= 75)
                .sorted(Comparator.comparingDouble(IndicatorResult::contribution).reversed()).limit(3)
                .forEach(r -> drivers.add(String.format(Locale.ROOT,
                        "%s is hoog belastend: %s, hoger belast dan %.0f%% van de buurten in de regio.", r.label(),
                        number(r.value()), r.strain())));
        counted.stream().filter(r -> r.strain() <= 25)
                .sorted(Comparator.comparingDouble(IndicatorResult::strain)).limit(3)
                .forEach(r -> drivers.add(String.format(Locale.ROOT,
                        "%s pleit voor deze buurt: %s, minder belast dan %.0f%% van de buurten in de regio.", r.label(),
                        number(r.value()), 100 - r.strain())));
        results.stream().filter(r -> r.missing() && r.weight() > 0).forEach(r -> drivers.add(
                r.label() + " ontbreekt voor deze buurt en telt niet mee; de andere gewichten zijn naar verhouding opgehoogd."));
        return drivers;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
