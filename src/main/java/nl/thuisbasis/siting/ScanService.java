package nl.thuisbasis.siting;

import java.util.HashSet;
import java.util.Set;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.domain.Verdict;
import nl.thuisbasis.siting.heatmap.Heatmaps;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of the capacity scan. The scan itself, the heatmap and the models live in the module's
 * feature packages ({@code siting.scan}, {@code siting.heatmap}, {@code siting.model}).
 */
@Service
public class ScanService {

    private final Heatmaps heatmaps;

    ScanService(Heatmaps heatmaps) {
        this.heatmaps = heatmaps;
    }

    /**
     * The neighbourhoods (or districts) of a region where a facility of this type and capacity would score red: for
     * other modules that must keep placements out of areas that cannot carry more (outflow matching).
     *
     * @throws Refused (not found) when the region does not exist
     */
    public Set<String> redAreas(String regionCode, FacilityType type, int capacity) {
        Set<String> red = new HashSet<>();
        heatmaps.heatmap(regionCode, type, capacity).cells().stream()
                .filter(c -> c.verdict() == Verdict.RED).forEach(c -> red.add(c.areaCode()));
        return red;
    }
}
