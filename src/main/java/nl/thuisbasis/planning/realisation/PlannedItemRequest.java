package nl.thuisbasis.planning.realisation;

import java.util.UUID;

/**
 * A planned place item: municipality (GM code), housing type, concept, places, the planned half-year ("2027-1" for the
 * first half of 2027), optionally the initiative and/or register facility it is realised by; {@code version} when changing.
 */
record PlannedItemRequest(String municipality, String housingType, String concept, Integer places, String plannedHalfYear,
        UUID initiativeId, UUID facilityId, String note, Integer version) {

    Realisations.Entry entry() {
        return new Realisations.Entry(municipality, housingType, concept, places, plannedHalfYear, initiativeId, facilityId, note);
    }
}
