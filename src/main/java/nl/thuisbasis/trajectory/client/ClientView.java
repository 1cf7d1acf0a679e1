package nl.thuisbasis.trajectory.client;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TargetHousing;

/** A client with their trajectory, as their provider's staff see it. */
public record ClientView(UUID id, String providerCode, String clientNumber, String name, LocalDate birthDate,
        TargetHousing targetHousing, String preferredMunicipality, String originMunicipality, String originReason,
        UUID facilityId, String keyWorker, String standIn, Phase phase, LocalDate phaseSince, UUID candidateId, int version) {
}
