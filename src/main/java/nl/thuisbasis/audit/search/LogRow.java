package nl.thuisbasis.audit.search;

import java.time.OffsetDateTime;

/** One line of the log page, its texts in the reader's language where the system wrote them as keys. */
record LogRow(OffsetDateTime occurredAt, String actor, String actorOrganisation, String action, String objectType,
        String objectId, String purpose, String legalBasis, String outcome, String details) {
}
