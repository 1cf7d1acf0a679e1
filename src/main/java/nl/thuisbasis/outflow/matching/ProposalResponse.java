package nl.thuisbasis.outflow.matching;

import java.util.UUID;

/** An adopted proposal: the candidate now linked to the corporation for the vacancy. */
record ProposalResponse(UUID id, UUID vacancyId, UUID candidateId, int place) {
}
