package nl.thuisbasis.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole number (a region's yearly contingent) over parties in proportion to their weights with the
 * largest-remainder method (Hamilton): everyone gets the whole part of their exact share, and the seats left go to the
 * largest remainders (ties: the larger weight, then the code). The parts always sum to the total.
 *
 * <p>The optional care-load correction: a municipality that already has more care places per 1,000 households than
 * the region as a whole gets a proportionally smaller weight, and one with fewer a larger weight:
 * {@code weight = households x clamp(regionLoad / ownLoad, 0.5, 1.5)}, with both loads at least 1 place per 1,000
 * households (so a municipality without places is not weighed infinitely).
 *
 * <p>This is the one distribution rule of the product: the outflow contingent (dwellings a year) and the capacity
 * planning's ambition (places per housing type and year) both split with {@link #distribute}.
 */
public final class DistributionKey {

    public static final double MIN_FACTOR = 0.5;
    public static final double MAX_FACTOR = 1.5;

    private DistributionKey() {
    }

    /** One party's share: the exact (fractional) share and the whole number it gets. */
    public record Share(String code, double weight, double exact, int whole) {
    }

    public static List<Share> split(int total, Map<String, Double> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (weights.isEmpty() || !(sum > 0) || weights.values().stream().anyMatch(w -> w == null || w < 0 || w.isNaN())) {
            throw new IllegalArgumentException("weights must be non-negative with a positive sum");
        }
        Map<String, double[]> parts = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double exact = total * e.getValue() / sum;
            int whole = (int) Math.floor(exact + 1e-9);
            parts.put(e.getKey(), new double[] {e.getValue(), exact, whole});
            given += whole;
        }
        List<String> byRemainder = new ArrayList<>(parts.keySet());
        byRemainder.sort(Comparator.comparingDouble((String c) -> -(parts.get(c)[1] - parts.get(c)[2]))
                .thenComparingDouble(c -> -parts.get(c)[0]).thenComparing(c -> c));
        for (int i = 0; given < total; i++, given++) {
            parts.get(byRemainder.get(i % byRemainder.size()))[2] += 1;
        }
        List<Share> shares = new ArrayList<>();
        parts.forEach((code, p) -> shares.add(new Share(code, p[0], p[1], (int) p[2])));
        return shares;
    }

    /** A municipality (or any party) with its households and the care places it already has. */
    public record Party(String code, long households, int places) {
    }

    /** A party's weight: its care load (places per 1,000 households), the factor applied and the weight that results. */
    public record Weight(String code, long households, int places, double placesPer1000Households, double factor,
            double weight) {
    }

    /** The weights of the parties and the region's care load they were computed against. */
    public record Weights(double regionPlacesPer1000Households, List<Weight> weights) {

        /** The weights by code, in the parties' order. */
        public Map<String, Double> byCode() {
            Map<String, Double> byCode = new LinkedHashMap<>();
            weights.forEach(w -> byCode.put(w.code(), w.weight()));
            return byCode;
        }
    }

    /**
     * The weights of parties by their households, corrected for care load or not: without correction the weight is the
     * households; with it, households x {@link #careLoadFactor}. Every party needs households above zero.
     */
    public static Weights weights(List<Party> parties, boolean careLoadCorrection) {
        if (parties.isEmpty() || parties.stream().anyMatch(p -> p.households() <= 0 || p.places() < 0)) {
            throw new IllegalArgumentException("every party needs households above zero and places not below zero");
        }
        long households = parties.stream().mapToLong(Party::households).sum();
        long places = parties.stream().mapToLong(Party::places).sum();
        double regionLoad = 1000.0 * places / households;
        List<Weight> weights = new ArrayList<>();
        for (Party p : parties) {
            double load = 1000.0 * p.places() / p.households();
            double factor = careLoadCorrection ? careLoadFactor(load, regionLoad) : 1.0;
            weights.add(new Weight(p.code(), p.households(), p.places(), load, factor, p.households() * factor));
        }
        return new Weights(regionLoad, List.copyOf(weights));
    }

    /** A party's weight and its share of a total. */
    public record Distributed(Weight weight, Share share) {
    }

    /** Splits a total over the parties by their (corrected) households: the weights, then largest remainder. */
    public static List<Distributed> distribute(int total, List<Party> parties, boolean careLoadCorrection) {
        Weights weights = weights(parties, careLoadCorrection);
        List<Share> shares = split(total, weights.byCode());
        List<Distributed> result = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            result.add(new Distributed(weights.weights().get(i), shares.get(i)));
        }
        return result;
    }

    /** The care-load factor of a municipality: region load over own load, both at least 1, kept within [0.5, 1.5]. */
    public static double careLoadFactor(double ownPlacesPer1000, double regionPlacesPer1000) {
        double own = Math.max(1.0, ownPlacesPer1000);
        double region = Math.max(1.0, regionPlacesPer1000);
        return Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, region / own));
    }
}
