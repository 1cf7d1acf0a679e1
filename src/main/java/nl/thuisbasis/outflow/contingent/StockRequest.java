package nl.thuisbasis.outflow.contingent;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A corporation's social rental stock in a municipality of a region, in a year. */
record StockRequest(
        @Schema(requiredMode = REQUIRED) String region,
        @Schema(requiredMode = REQUIRED) Integer year,
        @Schema(requiredMode = REQUIRED) String municipality,
        @Schema(requiredMode = REQUIRED) String corporation,
        @Schema(requiredMode = REQUIRED) Integer dwellings) {
}
