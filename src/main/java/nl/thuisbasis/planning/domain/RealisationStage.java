package nl.thuisbasis.planning.domain;

import java.time.LocalDate;
import nl.thuisbasis.facility.FacilityStatus;

/**
 * Where a planned place item stands, derived from the records and never typed: plan (nothing linked) -> location
 * chosen (an initiative, or a planned facility in the register) -> permit (the initiative's decision approved) ->
 * under construction (the initiative's realisation, or the facility being realised) -> in use (the facility in use in
 * the register, or the initiative taken into use).
 */
public enum RealisationStage {
    PLAN, LOCATION_CHOSEN, PERMIT, UNDER_CONSTRUCTION, IN_USE;

    /** What the records say about an item: its initiative's steps (if linked) and its facility's status (if linked). */
    public record Facts(boolean initiative, LocalDate approvedOn, LocalDate realisationOn, LocalDate initiativeInUseOn,
            FacilityStatus facilityStatus, LocalDate facilityInUseSince) {
    }

    public static RealisationStage derive(Facts f) {
        if (f.facilityStatus() == FacilityStatus.IN_USE || f.initiativeInUseOn() != null) {
            return IN_USE;
        }
        if (f.facilityStatus() == FacilityStatus.BEING_REALISED || f.realisationOn() != null) {
            return UNDER_CONSTRUCTION;
        }
        if (f.approvedOn() != null) {
            return PERMIT;
        }
        if (f.initiative() || f.facilityStatus() == FacilityStatus.PLANNED) {
            return LOCATION_CHOSEN;
        }
        return PLAN;
    }

    /** The date the item went into use by the records (the facility's, else the initiative's), or null. */
    public static LocalDate inUseSince(Facts f) {
        if (f.facilityStatus() == FacilityStatus.IN_USE && f.facilityInUseSince() != null) {
            return f.facilityInUseSince();
        }
        return f.initiativeInUseOn();
    }

    /**
     * How many half-years an item is late: 0 while its planned half-year is not over or it is in use; otherwise the
     * half-years passed since the end of the planned one (the half-year after it counts as 1).
     */
    public static int halvesLate(HalfYear planned, RealisationStage stage, LocalDate today) {
        if (stage == IN_USE) {
            return 0;
        }
        return Math.max(0, planned.halvesUntil(HalfYear.of(today)));
    }
}
