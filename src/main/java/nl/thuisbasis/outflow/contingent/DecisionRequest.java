package nl.thuisbasis.outflow.contingent;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** The contingent a region decided (region and year in the path), and who decided it when. */
record DecisionRequest(
        @Schema(requiredMode = REQUIRED) Integer total,
        Boolean careLoadCorrection,
        @Schema(requiredMode = REQUIRED) String decidedBy) {
}
