package nl.thuisbasis.facility;

/** Someone else changed (or removed) the facility since the editor loaded it; nothing was saved. */
class FacilityConflict extends RuntimeException {

    private final transient Facility current;

    FacilityConflict(Facility current) {
        super("Facility changed concurrently");
        this.current = current;
    }

    /** The facility as it is now, or null when it was removed. */
    Facility current() {
        return current;
    }
}
