package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A care provider registered a candidate for the priority scheme: which candidate, by which provider, under which
 * pseudonymous reference (the provider's own client number, never a BSN), on which day. Published in the registering
 * transaction, so that a client trajectory with that number links to its candidacy at once.
 */
public record CandidateRegistered(UUID candidate, String providerCode, String reference, LocalDate registeredOn) {
}
