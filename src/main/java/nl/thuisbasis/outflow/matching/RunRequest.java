package nl.thuisbasis.outflow.matching;

/** Which region a matching round is run for (default: the user's). */
record RunRequest(String region) {
}
