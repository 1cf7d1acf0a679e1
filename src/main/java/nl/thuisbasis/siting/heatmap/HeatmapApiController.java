package nl.thuisbasis.siting.heatmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The region heatmap of the capacity scan. */
@ApiController
@RequestMapping("/api/v1/siting")
@Tag(name = "Draagkrachtscan", description = "Scans, scoremodellen, heatmap, lokale indices en buurtnotities")
class HeatmapApiController {

    private final Heatmaps heatmaps;

    HeatmapApiController(Heatmaps heatmaps) {
        this.heatmaps = heatmaps;
    }

    @GetMapping("/heatmap")
    @Operation(operationId = "getHeatmap", summary = "Belastingsscore van elke buurt van de regio voor een soort en capaciteit")
    HeatmapResponse heatmap(@RequestParam String region, @RequestParam String facilityType, @RequestParam int capacity) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        FacilityType type;
        try {
            type = FacilityType.valueOf(facilityType.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.badRequest(Problem.at("facilityType", "siting.problem.type.unknown", facilityType));
        }
        if (!Heatmaps.problems(capacity).isEmpty()) {
            throw Refused.badRequest(Heatmaps.problems(capacity).toArray(Problem[]::new));
        }
        return HeatmapResponse.from(heatmaps.heatmap(region, type, capacity));
    }
}
