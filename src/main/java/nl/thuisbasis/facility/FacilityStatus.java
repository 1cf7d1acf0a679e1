package nl.thuisbasis.facility;

/** Where a facility is in its life: idea, planned, being realised, in use, closed. */
public enum FacilityStatus {
    IDEA, PLANNED, BEING_REALISED, IN_USE, CLOSED;

    /** Whether the facility exists as a place people live in now. */
    public boolean inUse() {
        return this == IN_USE;
    }
}
