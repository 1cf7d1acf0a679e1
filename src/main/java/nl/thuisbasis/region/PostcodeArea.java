package nl.thuisbasis.region;

/**
 * A 4-digit postcode area (PC4) with its place and centroid in WGS84. Open data gives PC4 centroids,
 * not PC4 boundaries, so maps show a PC4 area as a point.
 */
public record PostcodeArea(String pc4, String place, String municipalityCode, double lon, double lat) {
}
