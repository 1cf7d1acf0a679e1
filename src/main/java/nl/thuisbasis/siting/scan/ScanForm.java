package nl.thuisbasis.siting.scan;

import nl.thuisbasis.facility.FacilityType;

/** The scan form: the point, the type of facility, its capacity and optionally the address the point came from. */
record ScanForm(Double lon, Double lat, FacilityType type, Integer capacity, String address) {

    static final ScanForm EMPTY = new ScanForm(null, null, null, null, null);

    /** The candidate, once every value is there. */
    Candidate candidate() {
        return new Candidate(lon, lat, type, capacity, address == null || address.isBlank() ? null : address.trim());
    }
}
