package nl.thuisbasis.planning.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The inflow from outside that keeps today's places at a usual occupancy (Little's law per type: throughput =
 * occupancy x places / mean stay), after what arrives from other types and from re-entry:
 * {@code external = max(0, throughput - internal)}; a place left by someone moving on is free for the next month's
 * admissions, so it counts as a month longer for them. Not 100%: a system kept exactly full has queues that grow without
 * end at the first delay (a place freed this month is filled next month), which is not what the region sees today.
 */
public final class SteadyState {

    private SteadyState() {
    }

    /** The usual occupancy of places today (an assumption, shown as such with every derived inflow). */
    public static final double OCCUPANCY = 0.95;

    public static Map<HousingType, Double> externalInflowPerMonth(Map<HousingType, Double> places,
            Map<HousingType, SeedDefaults.Stay> stays, Map<HousingType, Map<HousingType, Double>> transitions,
            double returnShare, double returnShareAfterCare) {
        Map<HousingType, Double> throughput = new EnumMap<>(HousingType.class);
        for (HousingType t : HousingType.values()) {
            SeedDefaults.Stay s = stays.get(t);
            // someone who moves on to another type frees their place for the next month's admissions: the place is
            // theirs a month longer (decision 0020), so it counts in the stay
            double moving = transitions.getOrDefault(t, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
            throughput.put(t, OCCUPANCY * places.getOrDefault(t, 0.0) / ((s.min() + s.max()) / 2.0 + moving));
        }
        Map<HousingType, Double> internal = new EnumMap<>(HousingType.class);
        for (HousingType from : HousingType.values()) {
            double out = throughput.get(from);
            double moving = 0;
            for (Map.Entry<HousingType, Double> e : transitions.getOrDefault(from, Map.of()).entrySet()) {
                internal.merge(e.getKey(), out * e.getValue(), Double::sum);
                moving += e.getValue();
            }
            double share = from == HousingType.TENANCY_WITH_CARE ? returnShareAfterCare : returnShare;
            internal.merge(HousingType.SHELTER, out * (1 - moving) * share, Double::sum);
        }
        Map<HousingType, Double> external = new EnumMap<>(HousingType.class);
        for (HousingType t : HousingType.values()) {
            external.put(t, Math.max(0, throughput.get(t) - internal.getOrDefault(t, 0.0)));
        }
        return external;
    }
}
