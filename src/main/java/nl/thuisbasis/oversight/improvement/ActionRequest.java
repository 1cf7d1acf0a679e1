package nl.thuisbasis.oversight.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;

/** A new action for the plan of the improvement track. */
record ActionRequest(
        @Schema(requiredMode = REQUIRED) String description,
        @Schema(requiredMode = REQUIRED) String ownerOrganisation,
        @Schema(requiredMode = REQUIRED) LocalDate deadline) {

    Improvements.NewAction draft() {
        return new Improvements.NewAction(description, ownerOrganisation, deadline);
    }
}
