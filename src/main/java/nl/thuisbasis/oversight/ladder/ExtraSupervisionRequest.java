package nl.thuisbasis.oversight.ladder;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;

/** Extra supervision on or off, with the reason and the date of the decision. */
record ExtraSupervisionRequest(
        Boolean on,
        @Schema(requiredMode = REQUIRED) String reason,
        @Schema(requiredMode = REQUIRED) LocalDate decidedOn) {

    Ladder.Supervision supervision() {
        return new Ladder.Supervision(Boolean.TRUE.equals(on), reason, decidedOn);
    }
}
