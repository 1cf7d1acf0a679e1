package nl.thuisbasis.facility;

import nl.thuisbasis.facility.geocoding.Geocoder;
import nl.thuisbasis.facility.geocoding.PdokLocatieserverGeocoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Wires the address search to the configured PDOK Locatieserver. */
@Configuration
class FacilityConfiguration {

    @Bean
    Geocoder geocoder(FacilityProperties properties) {
        return new PdokLocatieserverGeocoder(RestClient.builder(), properties.geocoder().url(),
                properties.geocoder().timeout());
    }
}
