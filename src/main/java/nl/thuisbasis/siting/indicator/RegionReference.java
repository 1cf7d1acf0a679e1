package nl.thuisbasis.siting.indicator;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.domain.Percentiles;

/**
 * The region's areas as they are: the reference every scan and the heatmap are scored against, kept until a source
 * changes ({@code key} names the region's municipalities and every source's revision).
 */
public record RegionReference(String key, List<ScanPlace> places, List<Map<String, Double>> values,
        Map<String, Percentiles> distributions) {
}
