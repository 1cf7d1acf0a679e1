package nl.thuisbasis.facility.geocoding;

import nl.thuisbasis.facility.FacilityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Wires the address search to the configured PDOK Locatieserver. */
@Configuration
class GeocoderConfiguration {

    @Bean
    Geocoder geocoder(FacilityProperties properties) {
        return new PdokLocatieserverGeocoder(RestClient.builder(), properties.geocoder().url(),
                properties.geocoder().timeout());
    }
}
