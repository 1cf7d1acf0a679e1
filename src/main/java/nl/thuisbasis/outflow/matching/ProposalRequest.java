package nl.thuisbasis.outflow.matching;

import java.util.UUID;

/** {@code place}: the place on the vacancy's list in that round (1 is the top; the proposal has {@code proposedHere}). */
record ProposalRequest(UUID matchingRunId, UUID vacancyId, Integer place, String reason) {
}
