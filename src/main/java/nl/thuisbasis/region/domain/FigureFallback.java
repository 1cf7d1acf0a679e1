package nl.thuisbasis.region.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which figures an area shows: its own, and where it has none for a CBS column, the figure of the
 * district it lies in, marked as such. CBS publishes some figures (housing tenure, income, WOZ) only
 * at district level, and suppresses small areas.
 */
public final class FigureFallback {

    private FigureFallback() {
    }

    /** A figure with where it came from: the area itself, or its district. */
    public record ShownFigure(String name, BigDecimal value, String areaCode, int year, boolean fromDistrict) {
    }

    /**
     * @param own the area's own figures (may be empty)
     * @param district the district's figures, or an empty map when there is none
     */
    public static List<ShownFigure> resolve(String areaCode, int ownYear, Map<String, BigDecimal> own,
            String districtCode, int districtYear, Map<String, BigDecimal> district) {
        List<ShownFigure> shown = new ArrayList<>();
        new TreeMap<>(own).forEach((name, value) -> shown.add(new ShownFigure(name, value, areaCode, ownYear, false)));
        if (districtCode != null) {
            new TreeMap<>(district).forEach((name, value) -> {
                if (!own.containsKey(name)) {
                    shown.add(new ShownFigure(name, value, districtCode, districtYear, true));
                }
            });
        }
        return List.copyOf(shown);
    }
}
