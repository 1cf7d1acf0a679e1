package nl.thuisbasis.oversight.improvement;

/** A new status for an action (OPEN, IN_PROGRESS, DONE or CANCELLED), with the version that was read. */
record ActionStatusRequest(Integer version, String status) {
}
