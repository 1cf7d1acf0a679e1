package nl.thuisbasis.outflow.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.util.UUID;

/** {@code place}: the place on the vacancy's list in that round (1 is the top; the proposal has {@code proposedHere}). */
record ProposalRequest(
        @Schema(requiredMode = REQUIRED) UUID matchingRunId,
        @Schema(requiredMode = REQUIRED) UUID vacancyId,
        @Schema(requiredMode = REQUIRED) Integer place,
        String reason) {
}
