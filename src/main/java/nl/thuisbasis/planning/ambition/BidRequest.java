package nl.thuisbasis.planning.ambition;

/** A municipality's bid: places of a housing type in a year; {@code municipality} (GM code) must be the caller's own. */
record BidRequest(String municipality, String housingType, Integer year, Integer places, String note, Integer version) {

    Ambitions.Entry entry() {
        return new Ambitions.Entry(housingType, year, places, null, note);
    }
}
