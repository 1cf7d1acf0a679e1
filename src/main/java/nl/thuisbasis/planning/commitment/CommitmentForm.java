package nl.thuisbasis.planning.commitment;

/** The form of a new commitment: municipality, year and dwellings start empty. */
record CommitmentForm(String onceToken, String municipality, Integer year, Integer dwellings, String note) {

    static CommitmentForm empty() {
        return new CommitmentForm(null, null, null, null, null);
    }
}
