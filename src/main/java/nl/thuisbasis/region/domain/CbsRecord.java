package nl.thuisbasis.region.domain;

import java.math.BigDecimal;
import java.util.Map;
import nl.thuisbasis.region.AreaLevel;
import org.locationtech.jts.geom.Geometry;

/** One valid area read from a CBS file: identity, optional geometry and its numeric figures. */
public record CbsRecord(int position, String code, AreaLevel level, String name, String municipalityCode,
        String districtCode, Geometry geometry, Map<String, BigDecimal> figures) {
}
