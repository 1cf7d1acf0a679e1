package nl.thuisbasis.outflow.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** Why the corporation lets an adopted proposal go. */
record ReleaseRequest(
        @Schema(requiredMode = REQUIRED) String reason) {
}
