package nl.thuisbasis.siting;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityType;

/**
 * An initiative reached its last step, "in use": the facility it planned is registered and open from {@code on}.
 * Published after the step commits, for modules that follow realisation (places planned against places in use).
 */
public record InitiativeTakenIntoUse(UUID initiative, FacilityId facility, FacilityType type, int capacity,
        String municipalityCode, LocalDate on) {
}
