package nl.thuisbasis.siting.initiative;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;

/** The form of a new initiative: its name and the intended facility. */
record InitiativeForm(String name, FacilityType type, String providerCode, Integer capacity, CapacityUnit unit,
        String street, String houseNumber, String postcode, String place, Double lon, Double lat,
        List<TargetGroup> targetGroups, String onceToken) {

    static final InitiativeForm EMPTY = new InitiativeForm(null, null, null, null, CapacityUnit.PLACES, null, null, null,
            null, null, null, List.of(), null);

    InitiativeForm {
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    /** The intended facility as entered (places when no unit was chosen). */
    FacilityDraft intended() {
        Set<TargetGroup> groups = targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
        return new FacilityDraft(name, type, groups, providerCode, null, street, houseNumber, postcode, place, lon, lat,
                capacity, unit == null ? CapacityUnit.PLACES : unit, null, null, null, null, true, null, null, false, false,
                false);
    }

    public boolean has(TargetGroup group) {
        return targetGroups.contains(group);
    }
}
