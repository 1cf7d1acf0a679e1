package nl.thuisbasis.facility;

/** What kind of facility (voorzieningstype) it is; each type belongs to one broad category. */
public enum FacilityType {
    NIGHT_SHELTER(FacilityCategory.SHELTER),
    CRISIS_SHELTER(FacilityCategory.SHELTER),
    DAY_AND_NIGHT_SHELTER(FacilityCategory.SHELTER),
    FAMILY_CRISIS_PLACES(FacilityCategory.SHELTER),
    YOUTH_SHELTER(FacilityCategory.SHELTER),
    PROTECTED_HOUSING(FacilityCategory.PROTECTED_HOUSING),
    PROTECTED_HOUSING_AT_HOME(FacilityCategory.PROTECTED_HOUSING),
    HOUSING_FIRST(FacilityCategory.SUPPORTED_LIVING),
    SKAEVE_HUSE(FacilityCategory.SUPPORTED_LIVING),
    INTERMEDIATE_FACILITY(FacilityCategory.SUPPORTED_LIVING),
    LIVING_TRAINING(FacilityCategory.SUPPORTED_LIVING),
    FLEX_HOUSING(FacilityCategory.SUPPORTED_LIVING),
    TIME_OUT_PLACE(FacilityCategory.SHELTER),
    RESPITE_BED(FacilityCategory.SHELTER),
    PRIVATE_HOSTING(FacilityCategory.SUPPORTED_LIVING),
    COMPLEX_CARE(FacilityCategory.PROTECTED_HOUSING),
    OTHER(FacilityCategory.OTHER);

    private final FacilityCategory category;

    FacilityType(FacilityCategory category) {
        this.category = category;
    }

    public FacilityCategory category() {
        return category;
    }
}
