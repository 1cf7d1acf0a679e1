package nl.thuisbasis.siting;

/**
 * A place the scan weighs: the neighbourhood (or district) code, the point, and the places the intended facility
 * would add (0 when scoring a neighbourhood as it is, for the region's distribution).
 */
public record ScanPlace(String areaCode, double lon, double lat, int addedPlaces) {
}
