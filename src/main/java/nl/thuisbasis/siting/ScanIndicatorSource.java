package nl.thuisbasis.siting;

import java.util.List;
import java.util.Map;

/**
 * The extension point of the capacity scan: any module can offer indicators (for example the number of reports
 * from the neighbourhood) by providing a bean of this type; the scan does not need to know it.
 */
public interface ScanIndicatorSource {

    /** The indicators this source offers. */
    List<IndicatorDefinition> indicators();

    /**
     * The values for each place, in the same order as {@code places}; a missing value is simply absent from the map.
     */
    List<Map<String, Double>> values(List<ScanPlace> places);

    /**
     * Changes whenever this source's data changes. The scan caches the region's reference distribution and
     * recomputes it when any source's revision moves; a source that cannot tell returns a new value each time.
     */
    long revision();
}
