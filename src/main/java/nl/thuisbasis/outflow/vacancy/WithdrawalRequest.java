package nl.thuisbasis.outflow.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** Why the corporation takes a vacancy back. */
record WithdrawalRequest(
        @Schema(requiredMode = REQUIRED) String reason) {
}
