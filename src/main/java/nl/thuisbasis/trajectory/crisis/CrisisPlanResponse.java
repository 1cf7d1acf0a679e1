package nl.thuisbasis.trajectory.crisis;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.CrisisPhase;

/** A client's current crisis plan with its version, and who changed it last (by name too). */
@Schema(name = "CrisisPlanResponse")
record CrisisPlanResponse(@Schema(requiredMode = REQUIRED) UUID clientId, @Schema(requiredMode = REQUIRED) LocalDate agreedOn,
        @Schema(requiredMode = REQUIRED) List<Phase> phases, @Schema(requiredMode = REQUIRED) Arrangements arrangements,
        @Schema(requiredMode = REQUIRED) List<Risk> risks, @Schema(requiredMode = REQUIRED) String changedBy,
        @Schema(requiredMode = REQUIRED) String changedByName, @Schema(requiredMode = REQUIRED) Instant changedAt,
        @Schema(requiredMode = REQUIRED) int version) {

    @Schema(name = "CrisisPhaseResponse")
    record Phase(@Schema(requiredMode = REQUIRED) CrisisPhase phase, @Schema(requiredMode = REQUIRED) String phaseName,
            String signals, String clientDoes, String othersDo, @Schema(requiredMode = REQUIRED) List<Contact> contacts) {
    }

    @Schema(name = "CrisisContactResponse")
    record Contact(@Schema(requiredMode = REQUIRED) String name, String role, @Schema(requiredMode = REQUIRED) String phone) {
    }

    @Schema(name = "CrisisArrangementsResponse")
    record Arrangements(String post, String pets, String keys, String other) {
    }

    @Schema(name = "CrisisRiskResponse")
    record Risk(@Schema(requiredMode = REQUIRED) String risk, @Schema(requiredMode = REQUIRED) String agreement) {
    }
}
