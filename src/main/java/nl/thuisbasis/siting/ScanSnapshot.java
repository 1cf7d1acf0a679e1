package nl.thuisbasis.siting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.siting.domain.IndicatorResult;

/**
 * Everything a scan showed, as stored with a saved scan and as the API returns it: the candidate, where it lies,
 * the model version, the verdict with its indicators and drivers, the facilities within the radius, the notes.
 * Missing numbers are null (JSON has no NaN).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanSnapshot(UUID id, String createdBy, String organisation, Instant createdAt, double lon, double lat,
        String address, String facilityType, int capacity, String regionCode, String municipalityCode,
        String districtCode, String neighbourhoodCode, String areaCode, String areaName, int modelVersion,
        double orangeFrom, double redFrom, Double strain, String verdict, List<Indicator> indicators,
        List<String> drivers, int radiusMetres, List<NearbyFacility> facilitiesInRadius, List<Note> notes,
        int regionAreas) {

    /** One scored indicator. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String key, String label, String direction, double weight, Double value, Double regionMedian,
            Double percentile, Double strain, double contribution) {

        static Indicator of(IndicatorResult r) {
            return new Indicator(r.key(), r.label(), r.direction().name(), r.weight(), orNull(r.value()),
                    orNull(r.regionMedian()), orNull(r.percentile()), orNull(r.strain()), r.contribution());
        }
    }

    /** A facility within the radius (scan layer; secret addresses are never included). */
    public record NearbyFacility(String id, String name, String type, int capacity, String capacityUnit, String address,
            double lon, double lat, int metres) {
    }

    /** A note on the neighbourhood. */
    public record Note(String text, String author, String organisation, String notedOn) {
    }

    static ScanSnapshot of(ScanResult r, UUID id, String createdBy, String organisation, Instant createdAt) {
        return new ScanSnapshot(id, createdBy, organisation, createdAt, r.request().lon(), r.request().lat(),
                r.request().address(), r.request().facilityType().name(), r.request().capacity(), r.regionCode(),
                r.location().municipalityCode(), r.location().districtCode(), r.location().neighbourhoodCode(),
                r.area().code(), r.area().name(), r.model().version(), r.model().orangeFrom(), r.model().redFrom(),
                orNull(r.outcome().strain()), r.outcome().verdict().name(),
                r.outcome().indicators().stream().map(Indicator::of).toList(), r.outcome().drivers(), r.radiusMetres(),
                r.facilitiesInRadius().stream().map(f -> new NearbyFacility(f.id().toString(), f.name(), f.type().name(),
                        f.capacity(), f.capacityUnit().name(), f.addressLine(), f.lon(), f.lat(),
                        (int) Math.round(nl.thuisbasis.siting.domain.Distances.metres(r.request().lon(), r.request().lat(),
                                f.lon(), f.lat())))).toList(),
                r.notes().stream().map(n -> new Note(n.text(), n.author(), n.organisation(), n.notedOn().toString())).toList(),
                r.regionAreas());
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
