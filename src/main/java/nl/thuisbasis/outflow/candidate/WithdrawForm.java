package nl.thuisbasis.outflow.candidate;

/** Withdrawing a candidate from the scheme, with the reason. */
record WithdrawForm(String withdrawReason) {
}
