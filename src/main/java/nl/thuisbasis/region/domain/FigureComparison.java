package nl.thuisbasis.region.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An area's key figures next to its municipality's and its region's, for a reader: only figures a person reads
 * (not the technical columns of a CBS file such as postcodes, coverage classes or centre points). The region's value
 * of a count is the sum over its municipalities; of a share, average or density it is the mean weighted by
 * population (the plain mean when no population is known).
 */
public final class FigureComparison {

    /** Columns that describe the file rather than the area: never shown as a figure. */
    public static final Set<String> TECHNICAL = Set.of("meestVoorkomendePostcode", "dekkingspercentage",
            "indelingswijzigingWijkenEnBuurten", "lat", "lon", "jrstatcode", "jaar", "water", "omgevingsadressendichtheid");

    /** Figures that count something, so the region's value is their sum. */
    public static final Set<String> COUNTS = Set.of("aantalInwoners", "aantalHuishoudens", "mannen", "vrouwen",
            "population", "dwelling_total", "oppervlakteTotaalInHa", "oppervlakteLandInHa", "oppervlakteWaterInHa",
            "area_km2");

    private static final List<String> POPULATION = List.of("aantalInwoners", "population");

    private FigureComparison() {
    }

    /** One figure as the page shows it; {@code municipality} or {@code region} is null when not known. */
    public record Row(String name, BigDecimal value, String areaCode, int year, boolean fromDistrict,
            BigDecimal municipality, BigDecimal region) {
    }

    /** Whether a person reads this figure (it is no technical column). */
    public static boolean readable(String name) {
        return !TECHNICAL.contains(name);
    }

    /** The region's value of a figure from its municipalities' figures, or null when none has it. */
    public static BigDecimal regionValue(String name, Collection<Map<String, BigDecimal>> municipalities) {
        List<Map<String, BigDecimal>> with = municipalities.stream().filter(m -> m.get(name) != null).toList();
        if (with.isEmpty()) {
            return null;
        }
        if (COUNTS.contains(name)) {
            return with.stream().map(m -> m.get(name)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map<String, BigDecimal> m : with) {
            BigDecimal weight = population(m);
            if (weight == null) {
                weighted = null;
                break;
            }
            weighted = weighted.add(m.get(name).multiply(weight));
            weights = weights.add(weight);
        }
        int scale = with.stream().mapToInt(m -> Math.max(0, m.get(name).scale())).max().orElse(0);
        if (weighted == null || weights.signum() == 0) {
            BigDecimal sum = with.stream().map(m -> m.get(name)).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.divide(BigDecimal.valueOf(with.size()), MathContext.DECIMAL64).setScale(Math.max(scale, 1), RoundingMode.HALF_UP);
        }
        return weighted.divide(weights, MathContext.DECIMAL64).setScale(Math.max(scale, 1), RoundingMode.HALF_UP);
    }

    private static BigDecimal population(Map<String, BigDecimal> figures) {
        return POPULATION.stream().map(figures::get).filter(v -> v != null && v.signum() > 0).findFirst().orElse(null);
    }
}
