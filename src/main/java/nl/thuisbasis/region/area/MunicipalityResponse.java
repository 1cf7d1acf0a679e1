package nl.thuisbasis.region.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.thuisbasis.region.MunicipalitySummary;

/** A municipality in a list, with its headline figures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MunicipalityResponse(String code, String name, Long inhabitants, Long households, Integer year,
        String finestLevel) {

    static MunicipalityResponse from(MunicipalitySummary m) {
        return new MunicipalityResponse(m.code(), m.name(), m.inhabitants(), m.households(), m.year(),
                m.finestLevel().apiName());
    }
}
