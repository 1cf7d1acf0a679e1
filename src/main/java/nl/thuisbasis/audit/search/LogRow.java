package nl.thuisbasis.audit.search;

import java.time.OffsetDateTime;

/** One line of the log page, its texts in the reader's language where the system wrote them as keys. */
record LogRow(OffsetDateTime occurredAt, String actor, String actorOrganisation, String action, String objectType,
        String objectId, String subjectRef, String activity, String traceId, String purpose, String legalBasis,
        String outcome, String details) {

    /** The start of a pseudonym, enough to tell subjects apart on the page; the whole one is in the title. */
    public String shortSubjectRef() {
        return subjectRef == null ? null : subjectRef.substring(0, Math.min(12, subjectRef.length()));
    }
}
