package nl.thuisbasis.planning.commitment;

/** A corporation's commitment: dwellings for outflow in a municipality (GM code) in a year; {@code version} when changing one. */
record CommitmentRequest(String municipality, Integer year, Integer dwellings, String note, Integer version) {
}
