package nl.thuisbasis.outflow.contingent;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A preview of a region's contingent for a year: the total and whether to correct for the care load. */
record PreviewRequest(
        @Schema(requiredMode = REQUIRED) String region,
        @Schema(requiredMode = REQUIRED) Integer year,
        @Schema(requiredMode = REQUIRED) Integer total,
        Boolean careLoadCorrection) {
}
