package nl.thuisbasis.outflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of outflow ({@code thuisbasis.outflow.*}): the region pages open on, the defaults for a region that has
 * not set its own norms yet (cap 25%, 3 months from urgency to offer, offers stalled after 7 days, agreements of 12
 * months), and whether the generated demo candidates and vacancies are loaded on an empty database.
 */
@ConfigurationProperties("thuisbasis.outflow")
public record OutflowProperties(String defaultRegion, Integer capPercent, Integer offerNormMonths, Integer stalledOfferDays,
        Integer tenancyMonths, boolean loadDemoData) {

    public OutflowProperties {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "drechtsteden-alblasserwaard" : defaultRegion;
        capPercent = capPercent == null ? 25 : capPercent;
        offerNormMonths = offerNormMonths == null ? 3 : offerNormMonths;
        stalledOfferDays = stalledOfferDays == null ? 7 : stalledOfferDays;
        tenancyMonths = tenancyMonths == null ? 12 : tenancyMonths;
    }
}
