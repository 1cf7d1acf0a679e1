package nl.thuisbasis.oversight.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.oversight.domain.ActionStatus;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A new status for an action (OPEN, IN_PROGRESS, DONE or CANCELLED), with the version that was read. */
record ActionStatusRequest(
        @Schema(requiredMode = REQUIRED) Integer version,
        @Schema(requiredMode = REQUIRED, implementation = ActionStatus.class) String status) {
}
