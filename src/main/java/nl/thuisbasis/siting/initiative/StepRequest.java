package nl.thuisbasis.siting.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.siting.domain.InitiativeStep;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;
import java.util.UUID;

/** A step to record, as the API receives it; the step by its name, in any case. */
record StepRequest(
        @Schema(requiredMode = REQUIRED, implementation = InitiativeStep.class) String step,
        @Schema(requiredMode = REQUIRED) LocalDate date,
        UUID scanId,
        String decisionBody,
        Boolean approved,
        LocalDate publishedOn,
        String notes,
        String links) {
}
