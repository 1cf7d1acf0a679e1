package nl.thuisbasis.siting.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.domain.HeatmapKernel;
import nl.thuisbasis.siting.domain.ScoringModel;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.indicator.RegionReference;
import nl.thuisbasis.siting.model.ScoringModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every neighbourhood of a region scored as if the facility came to its centre: the heatmap. */
@Service
public class Heatmaps {

    static final String REFUSED = "scan-refused";
    static final int MAX_CAPACITY = 2000;

    private final RegionCatalog catalog;
    private final ScoringModels models;
    private final Indicators indicators;

    Heatmaps(RegionCatalog catalog, ScoringModels models, Indicators indicators) {
        this.catalog = catalog;
        this.models = models;
        this.indicators = indicators;
    }

    /** What is wrong with the capacity of a heatmap; empty when it can be drawn. */
    static List<Problem> problems(Integer capacity) {
        if (capacity == null) {
            return List.of(Problem.at("capacity", "siting.problem.capacity.missing"));
        }
        return capacity < 1 || capacity > MAX_CAPACITY ? List.of(Problem.at("capacity", "siting.problem.capacity.range"))
                : List.of();
    }

    /**
     * The heatmap of a region for a facility of this type and capacity.
     *
     * @throws Refused {@code bad-request} when the region does not exist
     */
    @Transactional
    public Heatmap heatmap(String regionCode, FacilityType type, int capacity) {
        Region region = catalog.region(regionCode).orElseThrow(() -> Refused.badRequest(
                Problem.at("region", "siting.problem.region.unknown", regionCode)));
        ScoringModel model = models.current(region.code());
        RegionReference reference = indicators.reference(region);
        List<ScanPlace> regionPlaces = reference.places();
        List<Map<String, Double>> withFacility = indicators.values(regionPlaces.stream()
                .map(p -> new ScanPlace(p.areaCode(), p.lon(), p.lat(), capacity)).toList());
        List<HeatmapKernel.Cell> scored = HeatmapKernel.score(model, reference.values(), withFacility);
        List<Heatmap.Cell> cells = new ArrayList<>();
        for (int i = 0; i < regionPlaces.size(); i++) {
            cells.add(new Heatmap.Cell(regionPlaces.get(i).areaCode(), scored.get(i).strain(), scored.get(i).verdict()));
        }
        return new Heatmap(region.code(), model.version(), type, capacity, cells);
    }
}
