package nl.thuisbasis.audit;

import java.time.OffsetDateTime;

/**
 * A stored row of the processing log. For an entry about a data subject (a client, a candidate) {@code objectId} is
 * null and {@code subjectRef} holds the subject's pseudonym ({@link ProcessingLog#pseudonym}). {@code operationId} is
 * the W3C Trace Context span of the request (or job) that wrote it, {@code parentOperationId} the caller's span when a
 * {@code traceparent} came in; {@code startedAt} the start of that request, {@code endedAt} the moment of recording;
 * {@code activityCode} and {@code activityVersion} the processing activity of the register the entry ran under. Entries
 * written before the log had these (migration V32) have them null.
 */
public record ProcessingLogEntry(long id, OffsetDateTime occurredAt, String traceId, String actor,
        String actorOrganisation, String action, String objectType, String objectId, String purpose,
        String legalBasis, String outcome, String details, String operationId, String parentOperationId,
        OffsetDateTime startedAt, OffsetDateTime endedAt, String activityCode, Integer activityVersion,
        String subjectRef) {

    /**
     * The details as a message key with arguments when they were written so ({@link Processing#withDetailsKey}), for
     * {@code Messages.text}; null when the details are plain text or absent.
     */
    public nl.thuisbasis.platform.Problem detailsMessage() {
        return KeyedDetails.decode(details);
    }
}
