package nl.thuisbasis.outflow.matching;

/** Why the corporation lets an adopted proposal go. */
record ReleaseRequest(String reason) {
}
