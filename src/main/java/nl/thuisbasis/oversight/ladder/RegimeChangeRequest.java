package nl.thuisbasis.oversight.ladder;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.oversight.domain.Regime;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;

/** A move on the ladder: {@code to} is DORMANT, ACTIVE_BASIC, STRICTER or IMPROVEMENT_TRACK. */
record RegimeChangeRequest(
        @Schema(requiredMode = REQUIRED, implementation = Regime.class) String to,
        @Schema(requiredMode = REQUIRED) String reason,
        Boolean urgent,
        @Schema(requiredMode = REQUIRED) String decidedBy,
        @Schema(requiredMode = REQUIRED) LocalDate decidedOn) {
}
