package nl.thuisbasis.region;

/** A municipality with its headline CBS figures of one year (null where CBS has none). */
public record MunicipalitySummary(String code, String name, Long inhabitants, Long households, Integer year,
        AreaLevel finestLevel) {
}
