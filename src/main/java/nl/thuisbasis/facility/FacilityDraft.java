package nl.thuisbasis.facility;

import java.time.LocalDate;
import java.util.Set;

/**
 * What someone enters for a new or changed facility, before validation: from the form, the API or an
 * import row. Every field may be missing or wrong; {@link nl.thuisbasis.facility.domain.FacilityValidation}
 * says what is wrong, field by field.
 */
public record FacilityDraft(String name, FacilityType type, Set<TargetGroup> targetGroups, String providerCode,
        String owner, String street, String houseNumber, String postcode, String place, Double lon, Double lat,
        Integer capacity, CapacityUnit capacityUnit, FacilityStatus status, LocalDate statusSince,
        LocalDate openedOn, LocalDate closedOn, boolean contracted, String publicContact, String url,
        boolean secretAddress, boolean publiclyListed, boolean generated) {

    /** The draft that edits an existing facility. */
    public static FacilityDraft of(Facility f) {
        return new FacilityDraft(f.name(), f.type(), f.targetGroups(), f.providerCode(), f.owner(), f.street(),
                f.houseNumber(), f.postcode(), f.place(), f.lon(), f.lat(), f.capacity(), f.capacityUnit(),
                f.status(), f.statusSince(), f.openedOn(), f.closedOn(), f.contracted(), f.publicContact(), f.url(),
                f.secretAddress(), f.publiclyListed(), f.generated());
    }

    /** The postcode in its stored form (1234AB), or the input as given when it is not a postcode. */
    public String normalisedPostcode() {
        return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
