package nl.thuisbasis.region.area;

import java.util.List;
import nl.thuisbasis.region.Region;

/** A region as the API shows it. */
record RegionResponse(String code, String name, String centralMunicipality, List<String> municipalities) {

    static RegionResponse from(Region r) {
        return new RegionResponse(r.code(), r.name(), r.centralMunicipalityCode(), r.municipalityCodes());
    }
}
