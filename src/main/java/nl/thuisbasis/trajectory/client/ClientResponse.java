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
 * name a person reads (in the language of the request). The phase history only when one client is read; the work that
 * waits (overdue actions, the next evaluation, days in the facility) only on the caseload.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientResponse(UUID id, String clientNumber, String name, LocalDate birthDate, TargetHousing targetHousing,
        String targetHousingName, String preferredMunicipality, String preferredMunicipalityName, String originMunicipality,
        String originMunicipalityName, String originReason, UUID facilityId, String providerCode, String providerName,
        String keyWorker, String keyWorkerName, String standIn, String standInName, Phase phase, String phaseName,
        LocalDate phaseSince, UUID candidateId,
        @Schema(description = "De versie om mee te sturen bij een wijziging (409 als iemand anders intussen wijzigde)") int version,
        @Schema(description = "Lopende acties van het ondersteuningsplan waarvan de datum voorbij is; alleen in de caseload")
        Integer overdueActions,
        @Schema(description = "De eerstvolgende evaluatie die nog niet gehouden is; alleen in de caseload") LocalDate nextEvaluation,
        @Schema(description = "De eerstvolgende evaluatie is te laat (de datum is voorbij); alleen in de caseload")
        Boolean evaluationOverdue,
        @Schema(description = "Dagen in de huidige voorziening (leeg als de cliënt niet in een voorziening woont); alleen in "
                + "de caseload") Integer daysInFacility,
        @Schema(description = "De fasen, nieuwste eerst; alleen bij het lezen van één cliënt") List<PhaseStep> phases,
        @Schema(description = "Open vroegsignalen (huurachterstand, overlast ...) van een cliënt die via uitstroom gehuisvest is, "
                + "met de reactietermijn; alleen in de caseload") List<ClientSignal> signals) {

    /** An open early signal of the client: its type, when received, the response deadline, repeat, overdue. */
    public record ClientSignal(UUID id, String type, String typeName, LocalDate receivedOn, LocalDate deadline, boolean repeat,
            boolean overdue) {
    }

    /** A step of the phase history: the phase, from when, why, and who recorded it. */
    public record PhaseStep(Phase phase, String phaseName, LocalDate since, String note, String changedBy,
            String changedByName) {
    }
}
