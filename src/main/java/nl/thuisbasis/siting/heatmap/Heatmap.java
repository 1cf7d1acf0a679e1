package nl.thuisbasis.siting.heatmap;

import java.util.List;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.siting.domain.Verdict;

/** The scan's heatmap: strain and verdict per neighbourhood (or district) of the region. */
public record Heatmap(String regionCode, int modelVersion, FacilityType facilityType, int capacity, List<Cell> cells) {

    /** One area: its strain (NaN when unknown) and verdict. */
    public record Cell(String areaCode, double strain, Verdict verdict) {
    }
}
