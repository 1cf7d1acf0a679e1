package nl.thuisbasis.siting.heatmap;

import java.util.List;

/** The heatmap as the API returns it; an unknown strain is null. */
record HeatmapResponse(String region, int modelVersion, String facilityType, int capacity, List<HeatmapCell> cells) {

    record HeatmapCell(String areaCode, Double strain, String verdict) {
    }

    static HeatmapResponse from(Heatmap heatmap) {
        return new HeatmapResponse(heatmap.regionCode(), heatmap.modelVersion(), heatmap.facilityType().name(),
                heatmap.capacity(), heatmap.cells().stream().map(c -> new HeatmapCell(c.areaCode(),
                        Double.isNaN(c.strain()) ? null : c.strain(), c.verdict().name())).toList());
    }
}
