package nl.thuisbasis.region;

import java.math.BigDecimal;
import java.util.Map;

/** The CBS figures of one area and year, keyed by the CBS column name. */
public record KeyFigures(String areaCode, int year, Map<String, BigDecimal> figures, String source) {
}
