package nl.thuisbasis.outflow.contingent;

/** A preview of a region's contingent for a year: the total and whether to correct for the care load. */
record PreviewRequest(String region, Integer year, Integer total, Boolean careLoadCorrection) {
}
