package nl.thuisbasis.outflow.contingent;

/** A corporation's social rental stock in a municipality, for the year on the page (hidden). */
record StockForm(Integer year, String municipality, String corporation, Integer dwellings) {
}
