package nl.thuisbasis.facility.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.domain.Visibility;

/**
 * A facility as the API shows it to one viewer: fields the viewer may not see are left out entirely.
 * PUBLIC: a publicly listed facility (name, type, address, public contact). AREA: the care providers' layer,
 * per PC6 area, with the point rounded to about 100 m and no street address. FULL: everything.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacilityResponse(String id, String detail, String name, String type, String category, List<String> targetGroups,
        String providerCode, String providerName, String owner, String street, String houseNumber, String postcode,
        String pc6, String place, Double lon, Double lat, Integer capacity, String capacityUnit, String status,
        LocalDate statusSince, LocalDate openedOn, LocalDate closedOn, Boolean contracted, String publicContact,
        String url, Boolean secretAddress, Boolean publiclyListed, Boolean generated, String municipalityCode,
        String districtCode, String neighbourhoodCode, String pc4, Integer version, Boolean editable) {

    public static FacilityResponse of(FacilityView view, String providerName) {
        Facility f = view.facility();
        List<String> groups = f.targetGroups().stream().map(Enum::name).sorted().toList();
        return switch (view.visibility()) {
            case PUBLIC -> new FacilityResponse(f.id().toString(), "public", f.name(), f.type().name(),
                    f.category().name(), null, null, null, null, f.street(), f.houseNumber(), f.postcode(), null,
                    f.place(), f.lon(), f.lat(), null, null, f.status().name(), null, null, null, null,
                    f.publicContact(), null, null, null, null, f.municipalityCode(), null, null, f.pc4(), null, null);
            case AREA -> new FacilityResponse(f.id().toString(), "area", f.name(), f.type().name(), f.category().name(),
                    groups, f.providerCode(), providerName, null, null, null, null, f.pc6(), f.place(),
                    rounded(f.lon()), rounded(f.lat()), f.capacity(), f.capacityUnit().name(), f.status().name(), null,
                    null, null, null, f.publicContact(), f.url(), null, null, null, f.municipalityCode(), null, null,
                    f.pc4(), null, false);
            case FULL -> new FacilityResponse(f.id().toString(), "full", f.name(), f.type().name(), f.category().name(),
                    groups, f.providerCode(), providerName, f.owner(), f.street(), f.houseNumber(), f.postcode(),
                    f.pc6(), f.place(), f.lon(), f.lat(), f.capacity(), f.capacityUnit().name(), f.status().name(),
                    f.statusSince(), f.openedOn(), f.closedOn(), f.contracted(), f.publicContact(), f.url(),
                    f.secretAddress(), f.publiclyListed(), f.generated(), f.municipalityCode(), f.districtCode(),
                    f.neighbourhoodCode(), f.pc4(), f.version(), view.editable());
            case NONE -> throw new IllegalArgumentException("not visible");
        };
    }

    /** The care providers' layer places a facility at its PC6 area, not its door: about 100 m. */
    static double rounded(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** Whether this much of a facility includes its street address. */
    public static boolean showsAddress(Visibility visibility) {
        return visibility == Visibility.PUBLIC || visibility == Visibility.FULL;
    }
}
