package nl.thuisbasis.outflow.matching;

import java.util.UUID;

/**
 * Adopting a proposal on the vacancy's page: the round and the place on the vacancy's list (hidden fields), and the
 * reason when it is another place than the engine's proposal (the field {@code choiceReason-<place>} of that row).
 */
record ProposalForm(UUID run, Integer place, String choiceReason) {
}
