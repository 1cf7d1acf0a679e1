package nl.thuisbasis.trajectory.client;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;

/** A client to register, as the API takes it; the kind of home by its code (any case). */
record ClientRequest(
        @Schema(requiredMode = REQUIRED) String name,
        @Schema(requiredMode = REQUIRED) LocalDate birthDate,
        @Schema(requiredMode = REQUIRED, description = "Het cliëntnummer van uw eigen organisatie, nooit een BSN") String clientNumber,
        @Schema(implementation = TargetHousing.class) String targetHousing,
        @Schema(description = "GM-code") String preferredMunicipality,
        @Schema(description = "GM-code") String originMunicipality,
        @Schema(description = "Nodig als de gewenste gemeente een andere is dan de herkomstgemeente") String originReason,
        @Schema(description = "Een voorziening uit het register") UUID facilityId,
        @Schema(requiredMode = REQUIRED, description = "De gebruikersnaam van de persoonlijk begeleider (van uw organisatie)") String keyWorker,
        @Schema(description = "De gebruikersnaam van de vervanger (van uw organisatie)") String standIn) {

    /** The draft the rules check; an unknown code becomes a problem at its field (and no value). */
    ClientRules.Draft draft(List<Problem> problems) {
        TargetHousing housing = ApiCodes.code(TargetHousing.class, targetHousing, "targetHousing",
                "trajectory.client.problem.targetHousing.unknown", problems);
        return new ClientRules.Draft(name, birthDate, clientNumber, housing, preferredMunicipality, originMunicipality,
                originReason, facilityId == null ? null : facilityId.toString(), keyWorker, standIn);
    }
}
