package nl.thuisbasis.facility.register;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;

/**
 * What the facility form sends, typed: a value that cannot be read (a letter in the capacity, a date that does not
 * exist, a code that is no type) becomes a problem at its field by binding, and comes back as it was typed.
 * Checkboxes that are not ticked are absent, so null.
 */
record FacilityForm(String name, FacilityType type, List<TargetGroup> targetGroups, String providerCode, String owner,
        String street, String houseNumber, String postcode, String place, Double lon, Double lat, Integer capacity,
        CapacityUnit capacityUnit, FacilityStatus status, LocalDate statusSince, LocalDate openedOn, LocalDate closedOn,
        Boolean contracted, String publicContact, String url, Boolean secretAddress, Boolean publiclyListed,
        Integer version, String onceToken) {

    /** The model attribute, and so the object name of binding's message codes ({@code typeMismatch.facilityForm.lon}). */
    static final String NAME = "facilityForm";

    static FacilityForm empty(String providerCode) {
        return new FacilityForm(null, null, List.of(), providerCode, null, null, null, null, null, null, null, null,
                CapacityUnit.PLACES, FacilityStatus.PLANNED, null, null, null, false, null, null, false, false, null, null);
    }

    static FacilityForm of(Facility f) {
        return new FacilityForm(f.name(), f.type(), List.copyOf(f.targetGroups()), f.providerCode(), f.owner(), f.street(),
                f.houseNumber(), f.postcode(), f.place(), f.lon(), f.lat(), f.capacity(), f.capacityUnit(), f.status(),
                f.statusSince(), f.openedOn(), f.closedOn(), f.contracted(), f.publicContact(), f.url(), f.secretAddress(),
                f.publiclyListed(), f.version(), null);
    }

    FacilityDraft draft(boolean generated) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (targetGroups != null) {
            targetGroups.stream().filter(g -> g != null).forEach(groups::add);
        }
        return new FacilityDraft(name, type, groups, providerCode, owner, street, houseNumber, postcode, place, lon, lat,
                capacity, capacityUnit, status, statusSince, openedOn, closedOn, Boolean.TRUE.equals(contracted),
                publicContact, url, Boolean.TRUE.equals(secretAddress), Boolean.TRUE.equals(publiclyListed), generated);
    }
}
