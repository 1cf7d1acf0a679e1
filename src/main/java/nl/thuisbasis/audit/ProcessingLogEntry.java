package nl.thuisbasis.audit;

import java.time.OffsetDateTime;

/** A stored row of the processing log. */
public record ProcessingLogEntry(long id, OffsetDateTime occurredAt, String traceId, String actor,
        String actorOrganisation, String action, String objectType, String objectId, String purpose,
        String legalBasis, String outcome, String details) {
}
