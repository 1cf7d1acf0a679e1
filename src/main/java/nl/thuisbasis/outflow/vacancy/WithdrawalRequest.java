package nl.thuisbasis.outflow.vacancy;

/** Why the corporation takes a vacancy back. */
record WithdrawalRequest(String reason) {
}
