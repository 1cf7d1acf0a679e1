package nl.thuisbasis.siting.scan;

/** A candidate to scan, as the API receives it (the facility type by its name, in any case). */
record ScanRequest(Double lon, Double lat, String facilityType, Integer capacity, String address) {
}
