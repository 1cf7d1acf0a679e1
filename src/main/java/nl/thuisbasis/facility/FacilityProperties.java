package nl.thuisbasis.facility;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the facility module ({@code thuisbasis.facility.*}): whether the demo facilities load
 * on the first start, and where the address search (PDOK Locatieserver) lives.
 */
@ConfigurationProperties("thuisbasis.facility")
public record FacilityProperties(boolean loadDemoData, Geocoder geocoder) {

    public FacilityProperties {
        geocoder = geocoder == null ? new Geocoder(null, null) : geocoder;
    }

    /** The PDOK Locatieserver "free" search endpoint and how long to wait for it. */
    public record Geocoder(URI url, Duration timeout) {
        public Geocoder {
            url = url == null ? URI.create("https://api.pdok.nl/bzk/locatieserver/search/v3_1/free") : url;
            timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        }
    }
}
