package nl.thuisbasis.outflow.contingent;

/** A corporation's social rental stock in a municipality of a region, in a year. */
record StockRequest(String region, Integer year, String municipality, String corporation, Integer dwellings) {
}
