package nl.thuisbasis.outflow.matching;

import io.swagger.v3.oas.annotations.media.Schema;
/** Which region a matching round is run for (default: the user's). */
record RunRequest(
        String region) {
}
