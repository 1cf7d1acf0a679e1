package nl.thuisbasis.audit;

import java.time.OffsetDateTime;

/** A stored row of the processing log. */
public record ProcessingLogEntry(long id, OffsetDateTime occurredAt, String traceId, String actor,
        String actorOrganisation, String action, String objectType, String objectId, String purpose,
        String legalBasis, String outcome, String details) {

    /**
     * The details as a message key with arguments when they were written so ({@link Processing#withDetailsKey}), for
     * {@code Messages.text}; null when the details are plain text or absent.
     */
    public nl.thuisbasis.platform.Problem detailsMessage() {
        return KeyedDetails.decode(details);
    }
}
