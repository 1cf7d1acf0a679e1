package nl.thuisbasis.siting;

import nl.thuisbasis.facility.FacilityType;

/** A candidate: where (point, optionally the address it came from), what kind of facility and how many places. */
public record ScanRequest(double lon, double lat, FacilityType facilityType, int capacity, String address) {
}
