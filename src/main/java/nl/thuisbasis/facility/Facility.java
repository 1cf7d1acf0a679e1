package nl.thuisbasis.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A shelter or care-housing facility (voorziening) as registered. The area codes and PC4 are derived:
 * municipality, district and neighbourhood from the point, PC4 from the address's postcode.
 */
public record Facility(FacilityId id, String name, FacilityType type, Set<TargetGroup> targetGroups,
        String providerCode, String owner, String street, String houseNumber, String postcode, String place,
        double lon, double lat, int capacity, CapacityUnit capacityUnit, FacilityStatus status,
        LocalDate statusSince, LocalDate openedOn, LocalDate closedOn, boolean contracted, String publicContact,
        String url, boolean secretAddress, boolean publiclyListed, boolean generated, String municipalityCode,
        String districtCode, String neighbourhoodCode, String pc4, int version, Instant updatedAt, String updatedBy) {

    public FacilityCategory category() {
        return type.category();
    }

    /** The 6-position postcode (PC6), e.g. 3311KS. */
    public String pc6() {
        return postcode;
    }

    /** Street, number and place on one line. */
    public String addressLine() {
        return street + " " + houseNumber + ", " + postcode.substring(0, 4) + " " + postcode.substring(4) + " " + place;
    }
}
