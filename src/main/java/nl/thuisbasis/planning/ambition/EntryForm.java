package nl.thuisbasis.planning.ambition;

/**
 * The form of an ambition or a bid: housing type, year and places start empty (they decide); {@code version} is the
 * version a change was opened at (a hidden field).
 */
record EntryForm(String onceToken, String housingType, Integer year, Integer places, Boolean careLoadCorrection, String note,
        Integer version) {

    static EntryForm empty() {
        return new EntryForm(null, null, null, null, null, null, null);
    }

    Ambitions.Entry entry() {
        return new Ambitions.Entry(housingType, year, places, Boolean.TRUE.equals(careLoadCorrection), note);
    }
}
