package nl.thuisbasis.siting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every area of a region as if the facility came there: the region's distributions are built once from
 * the areas as they are, then each area's values with the facility added are scored against them.
 */
public final class HeatmapKernel {

    private HeatmapKernel() {
    }

    /** The strain (NaN when unknown) and verdict of one area. */
    public record Cell(double strain, Verdict verdict) {
    }

    public static Map<String, Percentiles> distributions(List<Map<String, Double>> values) {
        Map<String, List<Double>> columns = new HashMap<>();
        for (Map<String, Double> row : values) {
            row.forEach((key, value) -> columns.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
        }
        Map<String, Percentiles> distributions = new HashMap<>();
        columns.forEach((key, list) -> distributions.put(key,
                new Percentiles(list.stream().mapToDouble(Double::doubleValue).toArray())));
        return distributions;
    }

    /**
     * @param asTheyAre  each area's indicator values today (the reference distribution)
     * @param withFacility each area's values with the facility added, in the same order
     */
    public static List<Cell> score(ScoringModel model, List<Map<String, Double>> asTheyAre,
            List<Map<String, Double>> withFacility) {
        Map<String, Percentiles> distributions = distributions(asTheyAre);
        List<Cell> cells = new ArrayList<>(withFacility.size());
        for (Map<String, Double> values : withFacility) {
            ScanOutcome outcome = Scoring.score(model, values, distributions);
            cells.add(new Cell(outcome.strain(), outcome.verdict()));
        }
        return cells;
    }
}
