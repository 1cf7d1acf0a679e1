package nl.thuisbasis.siting.scan;

import nl.thuisbasis.facility.FacilityType;

/**
 * The scan form: the point, the type of facility, its capacity and optionally the address the point came from; or,
 * instead of a point, an area (from a row of the heatmap: the scan of a point inside it).
 */
record ScanForm(Double lon, Double lat, FacilityType type, Integer capacity, String address, String onceToken, String area) {

    static final ScanForm EMPTY = new ScanForm(null, null, null, null, null, null, null);

    /** The form at this point (the area's point). */
    ScanForm at(double pointLon, double pointLat) {
        return new ScanForm(pointLon, pointLat, type, capacity, address, onceToken, null);
    }

    /** The candidate, once every value is there. */
    Candidate candidate() {
        return new Candidate(lon, lat, type, capacity, address == null || address.isBlank() ? null : address.trim());
    }
}
