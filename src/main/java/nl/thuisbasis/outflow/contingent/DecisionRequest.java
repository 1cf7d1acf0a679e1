package nl.thuisbasis.outflow.contingent;

/** The contingent a region decided (region and year in the path), and who decided it when. */
record DecisionRequest(Integer total, Boolean careLoadCorrection, String decidedBy) {
}
