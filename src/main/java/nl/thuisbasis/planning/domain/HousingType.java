package nl.thuisbasis.planning.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.thuisbasis.facility.FacilityType;

/**
 * The housing types capacity planning counts (woonvormen), each the register's facility types it is made of. Tenancy
 * with care (an ordinary dwelling with aftercare) has no facility type: its places are the corporations' dwellings for
 * outflow. The order is the path most people walk, from shelter to a home of their own.
 */
public enum HousingType {
    SHELTER(EnumSet.of(FacilityType.NIGHT_SHELTER, FacilityType.DAY_AND_NIGHT_SHELTER, FacilityType.YOUTH_SHELTER,
            FacilityType.PRIVATE_HOSTING)),
    CRISIS(EnumSet.of(FacilityType.CRISIS_SHELTER, FacilityType.FAMILY_CRISIS_PLACES, FacilityType.TIME_OUT_PLACE,
            FacilityType.RESPITE_BED)),
    PROTECTED_HOUSING(EnumSet.of(FacilityType.PROTECTED_HOUSING, FacilityType.COMPLEX_CARE)),
    PROTECTED_AT_HOME(EnumSet.of(FacilityType.PROTECTED_HOUSING_AT_HOME)),
    INTERMEDIATE(EnumSet.of(FacilityType.INTERMEDIATE_FACILITY)),
    TRAINING(EnumSet.of(FacilityType.LIVING_TRAINING)),
    FLEX(EnumSet.of(FacilityType.FLEX_HOUSING)),
    SKAEVE_HUSE(EnumSet.of(FacilityType.SKAEVE_HUSE)),
    HOUSING_FIRST(EnumSet.of(FacilityType.HOUSING_FIRST)),
    TENANCY_WITH_CARE(EnumSet.noneOf(FacilityType.class));

    private final Set<FacilityType> facilityTypes;

    HousingType(Set<FacilityType> facilityTypes) {
        this.facilityTypes = facilityTypes;
    }

    public Set<FacilityType> facilityTypes() {
        return facilityTypes;
    }

    /** The housing type a register facility counts under, or null (type OTHER counts nowhere). */
    public static HousingType of(FacilityType type) {
        for (HousingType h : values()) {
            if (h.facilityTypes.contains(type)) {
                return h;
            }
        }
        return null;
    }
}
