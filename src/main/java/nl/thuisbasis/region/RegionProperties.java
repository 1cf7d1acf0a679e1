package nl.thuisbasis.region;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the region module ({@code thuisbasis.region.*}): the regions, which one the home
 * page shows, and whether the shipped CBS data loads on the first start.
 */
@ConfigurationProperties("thuisbasis.region")
public record RegionProperties(boolean loadDemoData, String demoRegion, List<RegionDefinition> regions) {

    public RegionProperties {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** One configured region. */
    public record RegionDefinition(String code, String name, String centralMunicipality, List<String> municipalities) {
    }
}
