package nl.thuisbasis.region;

/** A CBS area: municipality, district or neighbourhood. {@code districtCode} is set for neighbourhoods. */
public record Area(String code, AreaLevel level, String name, String municipalityCode, String districtCode,
        Integer geometryYear) {
}
