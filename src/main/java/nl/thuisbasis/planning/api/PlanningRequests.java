package nl.thuisbasis.planning.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.planning.parameters.ParameterChange;

/** What the planning API is sent. */
final class PlanningRequests {

    private PlanningRequests() {
    }

    @Schema(name = "PlanningParameterSetRequest", description = "Een nieuwe versie: wijzigingen op de laatste (basedOn)")
    record ParameterSetRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String region,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De laatste versie; een andere geeft 409") UUID basedOn,
            String note, @Schema(description = "Leeg of afwezig: opnieuw meten uit de registraties") List<ParameterChange> changes) {
    }

    @Schema(name = "PlanningRunRequest", description = "Een analyse van de huidige parameters van een regio met een scenario")
    record PlanningRunRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String region,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
            @Schema(description = "Verblijfsduur x deze factor (0,25-4)", example = "1.2") Double stayFactor,
            @Schema(description = "Instroom x deze factor (0-10)", example = "1") Double inflowFactor,
            @Schema(description = "Extra mensen per jaar van buiten de regio in de opvang", example = "0") Double outsideInflowPerYear,
            @Schema(description = "Geplande plekken zoveel maanden later (0-60)", example = "0") Integer delayMonths,
            @Schema(description = "Aantal Monte Carlo-runs (10-5000)", example = "1000") Integer runs,
            @Schema(description = "Optioneel: dezelfde seed geeft dezelfde uitkomst") Long seed) {
    }
}
