package nl.thuisbasis.trajectory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the trajectory module ({@code thuisbasis.trajectory.*}).
 *
 * @param shippedInstrument the classpath resource of the life-domain instrument that ships with Thuisbasis (our own
 *        short descriptions in the manner of the Zelfredzaamheid-Matrix); loaded on start when its version is missing
 * @param defaultRegion the region whose instrument a client is assessed with when neither their preferred municipality
 *        nor their municipality of origin lies in a known region
 * @param loadDemoData whether generated demo clients (no real people) are loaded for the demo care worker on a database
 *        without clients
 * @param retentionAfterClose how long a closed trajectory's personal data is kept after the day it was closed, before
 *        the nightly job removes it (decision 0019; default two years)
 */
@ConfigurationProperties("thuisbasis.trajectory")
public record TrajectoryProperties(String shippedInstrument, String defaultRegion, boolean loadDemoData,
        java.time.Period retentionAfterClose) {

    public TrajectoryProperties {
        retentionAfterClose = retentionAfterClose == null || retentionAfterClose.isNegative() || retentionAfterClose.isZero()
                ? java.time.Period.ofYears(2) : retentionAfterClose;
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "drechtsteden-alblasserwaard" : defaultRegion;
        shippedInstrument = shippedInstrument == null || shippedInstrument.isBlank()
                ? "trajectory/instrument-thuisbasis-1.csv" : shippedInstrument;
    }
}
