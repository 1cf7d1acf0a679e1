package nl.thuisbasis.facility.geocoding;

/**
 * One address found by a {@link Geocoder}, with its point in WGS84.
 *
 * @param label            display name, e.g. {@code "Kasperspad 2, 3311KS Dordrecht"}
 * @param street           street name
 * @param houseNumber      house number including letter and addition, e.g. {@code "2"}, {@code "12a"}, {@code "12-3"}
 *                         or {@code "12a-3"}
 * @param postcode         postcode without space, upper case, e.g. {@code "3311KS"}; {@code null} if the address has none
 * @param place            place name (woonplaats)
 * @param municipalityCode CBS municipality code, e.g. {@code "GM0505"}; {@code null} if unknown
 * @param lon              longitude (WGS84, EPSG:4326)
 * @param lat              latitude (WGS84, EPSG:4326)
 */
public record GeocodedAddress(String label, String street, String houseNumber, String postcode, String place,
        String municipalityCode, double lon, double lat) {
}
