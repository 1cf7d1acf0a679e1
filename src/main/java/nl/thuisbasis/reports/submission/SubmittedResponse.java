package nl.thuisbasis.reports.submission;

/** The answer to a stored report: the code to follow it with. */
record SubmittedResponse(String trackingCode) {
}
