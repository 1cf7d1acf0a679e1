package nl.thuisbasis.siting.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.siting.domain.InitiativeStep;

/** A proposed facility (initiatief) and the dated steps it went through. */
record Initiative(UUID id, String name, String providerCode, FacilityType facilityType, Set<TargetGroup> targetGroups,
        int capacity, CapacityUnit capacityUnit, String street, String houseNumber, String postcode, String place,
        double lon, double lat, String municipalityCode, UUID facilityId, String createdBy, Instant createdAt,
        List<Step> steps) {

    /** One recorded step. */
    public record Step(UUID id, InitiativeStep step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
            LocalDate publishedOn, String notes, String links, String recordedBy, Instant recordedAt) {
    }

    /** The furthest step reached, or null before the first. */
    public InitiativeStep stage() {
        return steps.stream().map(Step::step).max(Enum::compareTo).orElse(null);
    }
}
