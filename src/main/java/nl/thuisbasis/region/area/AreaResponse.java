package nl.thuisbasis.region.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.thuisbasis.region.Area;

/** A neighbourhood or district in a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AreaResponse(String code, String name, String level, String municipalityCode, String districtCode) {

    static AreaResponse from(Area a) {
        return new AreaResponse(a.code(), a.name(), a.level().apiName(), a.municipalityCode(), a.districtCode());
    }
}
