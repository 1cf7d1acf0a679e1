package nl.thuisbasis.outflow;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of outflow ({@code thuisbasis.outflow.*}): the region pages open on, the defaults for a region that has
 * not set its own norms yet (cap 25%, 3 months from urgency to offer, offers stalled after 7 days, agreements of 12
 * months), and whether the generated demo candidates and vacancies are loaded on an empty database.
 * <p>
 * Early signals (decision 0018): {@code signal-response-days.<TYPE>} the working days within which a signal of that type
 * gets a response (rent arrears 5, nuisance 3, missed appointments 5, energy and water arrears 5, care avoidance 2), and
 * {@code signal-repeat-months} the window in which an earlier signal of the same household makes a signal a repeat (6).
 */
@ConfigurationProperties("thuisbasis.outflow")
public record OutflowProperties(String defaultRegion, Integer capPercent, Integer offerNormMonths, Integer stalledOfferDays,
        Integer tenancyMonths, boolean loadDemoData, Map<String, Integer> signalResponseDays, Integer signalRepeatMonths) {

    /** The response terms in working days per signal type, when not configured. */
    public static final Map<String, Integer> DEFAULT_RESPONSE_DAYS = Map.of("RENT_ARREARS", 5, "NUISANCE", 3,
            "MISSED_APPOINTMENTS", 5, "ENERGY_ARREARS", 5, "WATER_ARREARS", 5, "CARE_AVOIDANCE", 2);

    public OutflowProperties {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "drechtsteden-alblasserwaard" : defaultRegion;
        capPercent = capPercent == null ? 25 : capPercent;
        offerNormMonths = offerNormMonths == null ? 3 : offerNormMonths;
        stalledOfferDays = stalledOfferDays == null ? 7 : stalledOfferDays;
        tenancyMonths = tenancyMonths == null ? 12 : tenancyMonths;
        Map<String, Integer> days = new TreeMap<>(DEFAULT_RESPONSE_DAYS);
        if (signalResponseDays != null) {
            signalResponseDays.forEach((type, d) -> {
                if (d == null || d < 0 || d > 60) {
                    throw new IllegalArgumentException("thuisbasis.outflow.signal-response-days." + type + " must be 0..60");
                }
                days.put(type.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), d);
            });
        }
        signalResponseDays = Map.copyOf(days);
        signalRepeatMonths = signalRepeatMonths == null ? 6 : signalRepeatMonths;
        if (signalRepeatMonths < 1 || signalRepeatMonths > 60) {
            throw new IllegalArgumentException("thuisbasis.outflow.signal-repeat-months must be 1..60");
        }
    }
}
