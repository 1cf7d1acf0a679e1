package nl.thuisbasis.oversight.improvement;

/** The small form on each action of the plan: its new status, with the version that was read. */
record ActionStatusForm(Integer version, String status) {
}
