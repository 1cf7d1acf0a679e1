package nl.thuisbasis.facility.geocoding;

import java.util.List;

/** Finds Dutch addresses for a free-text query; throws {@link GeocoderUnavailableException} when the service cannot answer. */
public interface Geocoder {

    /** At most 5 addresses matching the query, best first; an empty list for a blank query or no match. */
    List<GeocodedAddress> search(String query);
}
