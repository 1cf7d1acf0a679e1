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

/** An initiative with its steps, as the API returns it. */
record InitiativeResponse(UUID id, String name, String providerCode, FacilityType facilityType,
        Set<TargetGroup> targetGroups, int capacity, CapacityUnit capacityUnit, String street, String houseNumber,
        String postcode, String place, double lon, double lat, String municipalityCode, UUID facilityId,
        String createdBy, Instant createdAt, List<StepResponse> steps) {

    record StepResponse(UUID id, InitiativeStep step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
            LocalDate publishedOn, String notes, String links, String recordedBy, Instant recordedAt) {
    }

    static InitiativeResponse from(Initiative i) {
        return new InitiativeResponse(i.id(), i.name(), i.providerCode(), i.facilityType(), i.targetGroups(), i.capacity(),
                i.capacityUnit(), i.street(), i.houseNumber(), i.postcode(), i.place(), i.lon(), i.lat(),
                i.municipalityCode(), i.facilityId(), i.createdBy(), i.createdAt(), i.steps().stream()
                        .map(s -> new StepResponse(s.id(), s.step(), s.date(), s.scanId(), s.decisionBody(), s.approved(),
                                s.publishedOn(), s.notes(), s.links(), s.recordedBy(), s.recordedAt()))
                        .toList());
    }
}
