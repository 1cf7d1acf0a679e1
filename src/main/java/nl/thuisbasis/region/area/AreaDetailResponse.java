package nl.thuisbasis.region.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One area with its key figures, and its district's where it has none of its own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AreaDetailResponse(String code, String name, String level, String municipalityCode, String districtCode,
        Integer year, Map<String, BigDecimal> keyFigures, DistrictFigures districtFigures, List<Integer> years,
        String source) {

    /** Figures borrowed from the district where the area has none of its own; {@code note} says so in words. */
    record DistrictFigures(String districtCode, int year, String note, Map<String, BigDecimal> keyFigures) {
    }
}
