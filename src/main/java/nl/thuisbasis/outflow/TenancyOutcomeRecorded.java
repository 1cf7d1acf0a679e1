package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The outcome of a tenancy-with-care agreement was recorded: {@code outcome} is REGULAR_LEASE (the tenant keeps the
 * dwelling on an ordinary lease), EXTENDED or ENDED (then {@code endReason}: EVICTION, RELAPSE, MOVED, OTHER). Published
 * after it is stored; no notes, no personal data beyond the pseudonymous candidate record.
 */
public record TenancyOutcomeRecorded(UUID tenancy, UUID candidate, String outcome, String endReason, LocalDate decidedOn) {
}
