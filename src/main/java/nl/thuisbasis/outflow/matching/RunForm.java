package nl.thuisbasis.outflow.matching;

/** Running a round: from a vacancy's page {@code back} is that page, where the user returns. */
record RunForm(String onceToken, String back) {
}
