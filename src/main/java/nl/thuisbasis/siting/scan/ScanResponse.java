package nl.thuisbasis.siting.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scan as the API returns it and the pages show it: what was stored, with the reasons ({@code drivers}) and the
 * indicators' names in the reader's language ({@link ScanTexts}). Missing numbers are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanResponse(UUID id, String createdBy, String organisation, Instant createdAt, double lon, double lat,
        String address, String facilityType, int capacity, String regionCode, String municipalityCode,
        String districtCode, String neighbourhoodCode, String areaCode, String areaName, int modelVersion,
        double orangeFrom, double redFrom, Double strain, String verdict, List<Indicator> indicators,
        List<String> drivers, int radiusMetres, List<ScanSnapshot.NearbyFacility> facilitiesInRadius,
        List<ScanSnapshot.Note> notes, int regionAreas) {

    /** One scored indicator, with its name in the reader's language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String key, String label, String direction, double weight, Double value, Double regionMedian,
            Double percentile, Double strain, double contribution) {
    }
}
