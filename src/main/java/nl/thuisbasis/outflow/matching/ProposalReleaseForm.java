package nl.thuisbasis.outflow.matching;

/** Letting an adopted proposal go on the vacancy's page, with the reason (a field name of its own on that page). */
record ProposalReleaseForm(String releaseReason) {
}
