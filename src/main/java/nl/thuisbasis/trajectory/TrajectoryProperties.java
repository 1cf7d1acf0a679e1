package nl.thuisbasis.trajectory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the trajectory module ({@code thuisbasis.trajectory.*}).
 *
 * @param shippedInstrument the classpath resource of the life-domain instrument that ships with Thuisbasis (our own
 *        short descriptions in the manner of the Zelfredzaamheid-Matrix); loaded on start when its version is missing
 */
@ConfigurationProperties("thuisbasis.trajectory")
public record TrajectoryProperties(String shippedInstrument) {

    public TrajectoryProperties {
        shippedInstrument = shippedInstrument == null || shippedInstrument.isBlank()
                ? "trajectory/instrument-thuisbasis-1.csv" : shippedInstrument;
    }
}
