package nl.thuisbasis.siting;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;

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

    /**
     * The name of one of this source's indicators in the reader's language: a message key in the source module's
     * bundle with its arguments (for instance the radius in metres), made with {@code Problem.label}. The scan shows
     * it on its pages and stores it with a saved scan. By default none: the indicator's
     * {@link IndicatorDefinition#label()} is shown as it is.
     */
    default Problem.Label text(IndicatorDefinition indicator) {
        return null;
    }
}
