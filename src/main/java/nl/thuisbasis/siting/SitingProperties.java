package nl.thuisbasis.siting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the siting module ({@code thuisbasis.siting.*}): the radius around a candidate, which CBS
 * key figures count as indicators (with direction and default weight), and the default verdict thresholds.
 */
@ConfigurationProperties("thuisbasis.siting")
public record SitingProperties(Integer radiusMetres, List<CbsIndicator> cbsIndicators, Double orangeFrom, Double redFrom) {

    public SitingProperties {
        radiusMetres = radiusMetres == null ? 500 : radiusMetres;
        cbsIndicators = cbsIndicators == null ? List.of() : List.copyOf(cbsIndicators);
        orangeFrom = orangeFrom == null ? 50.0 : orangeFrom;
        redFrom = redFrom == null ? 70.0 : redFrom;
    }

    /** A CBS column (its CBS name) that counts in the scan. */
    public record CbsIndicator(String key, String label, Direction direction, Double weight) {
        public CbsIndicator {
            weight = weight == null ? 1.0 : weight;
        }
    }
}
