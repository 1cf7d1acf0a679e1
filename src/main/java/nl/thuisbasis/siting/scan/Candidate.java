package nl.thuisbasis.siting.scan;

import nl.thuisbasis.facility.FacilityType;

/** A candidate: where (point, optionally the address it came from), what kind of facility and how many places. */
public record Candidate(double lon, double lat, FacilityType facilityType, int capacity, String address) {
}
