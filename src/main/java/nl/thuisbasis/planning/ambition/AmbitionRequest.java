package nl.thuisbasis.planning.ambition;

/** An ambition: places of a housing type in a year for the region; {@code version} when changing one. */
record AmbitionRequest(String region, String housingType, Integer year, Integer places, Boolean careLoadCorrection, String note,
        Integer version) {

    Ambitions.Entry entry() {
        return new Ambitions.Entry(housingType, year, places, careLoadCorrection, note);
    }
}
