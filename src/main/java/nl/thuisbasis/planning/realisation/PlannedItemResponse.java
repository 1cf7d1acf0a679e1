package nl.thuisbasis.planning.realisation;

import java.util.UUID;

/** A planned place item with its stage derived from the register and the initiative, and how many half-years it slipped. */
record PlannedItemResponse(UUID id, String region, String municipality, String housingType, String concept, int places,
        String plannedHalfYear, UUID initiativeId, String initiativeName, UUID facilityId, String facilityName, String stage,
        String realisedHalfYear, boolean slipped, int halvesLate, String note, int version) {

    static PlannedItemResponse from(Realisations.Item i) {
        return new PlannedItemResponse(i.id(), i.region(), i.municipality(), i.type().name(), i.concept(), i.places(), i.planned().code(),
                i.initiativeId(), i.initiativeName(), i.facilityId(), i.facilityName(), i.stage().name(),
                i.realised() == null ? null : i.realised().code(), i.halvesLate() > 0, i.halvesLate(), i.note(), i.version());
    }
}
