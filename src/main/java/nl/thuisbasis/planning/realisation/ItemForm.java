package nl.thuisbasis.planning.realisation;

import java.util.UUID;

/** The form of a planned item: everything that decides starts empty. */
record ItemForm(String onceToken, String municipality, String housingType, String concept, Integer places, String plannedHalfYear,
        UUID initiativeId, UUID facilityId, String note) {

    static ItemForm empty() {
        return new ItemForm(null, null, null, null, null, null, null, null, null);
    }

    Realisations.Entry entry() {
        return new Realisations.Entry(municipality, housingType, concept, places, plannedHalfYear, initiativeId, facilityId, note);
    }
}
