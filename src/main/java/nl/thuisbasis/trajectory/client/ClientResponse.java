package nl.thuisbasis.trajectory.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TargetHousing;

/**
 * A client with their trajectory, as the API answers it to their provider's staff: codes, and next to each code the
 * name a person reads (in the language of the request). The phase history only when one client is read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientResponse(UUID id, String clientNumber, String name, LocalDate birthDate, TargetHousing targetHousing,
        String targetHousingName, String preferredMunicipality, String preferredMunicipalityName, String originMunicipality,
        String originMunicipalityName, String originReason, UUID facilityId, String providerCode, String providerName,
        String keyWorker, String keyWorkerName, String standIn, String standInName, Phase phase, String phaseName,
        LocalDate phaseSince, UUID candidateId,
        @Schema(description = "De versie om mee te sturen bij een wijziging (409 als iemand anders intussen wijzigde)") int version,
        @Schema(description = "De fasen, nieuwste eerst; alleen bij het lezen van één cliënt") List<PhaseStep> phases) {

    /** A step of the phase history: the phase, from when, why, and who recorded it. */
    public record PhaseStep(Phase phase, String phaseName, LocalDate since, String note, String changedBy,
            String changedByName) {
    }
}
