package nl.thuisbasis.trajectory.client;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import nl.thuisbasis.trajectory.domain.Phase;

/** A move to another phase, with the version of the client that was read. */
record PhaseChangeRequest(
        @Schema(requiredMode = REQUIRED, implementation = Phase.class) String phase,
        @Schema(requiredMode = REQUIRED, description = "Vanaf wanneer (niet in de toekomst, niet voor het begin van de huidige fase)") LocalDate since,
        @Schema(description = "Toelichting") String note,
        @Schema(requiredMode = REQUIRED, description = "De versie van de cliënt die u het laatst las") Integer version) {
}
