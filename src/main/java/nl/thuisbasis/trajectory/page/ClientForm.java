package nl.thuisbasis.trajectory.page;

import java.time.LocalDate;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;

/** The registration form of a client: every field starts empty (a date of birth, a municipality: people decide). */
record ClientForm(String name, LocalDate birthDate, String clientNumber, TargetHousing targetHousing,
        String preferredMunicipality, String originMunicipality, String originReason, String facilityId, String keyWorker,
        String standIn, String onceToken) {

    static ClientForm empty(String keyWorker) {
        return new ClientForm(null, null, null, null, null, null, null, null, keyWorker, null, null);
    }

    ClientRules.Draft draft() {
        return new ClientRules.Draft(name, birthDate, clientNumber, targetHousing, preferredMunicipality, originMunicipality,
                originReason, facilityId, keyWorker, standIn);
    }
}
