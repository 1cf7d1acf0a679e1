package nl.thuisbasis.audit;

import java.time.LocalDate;

/**
 * Search criteria for the processing log; null fields do not filter. When {@code objectType} is a kind of data subject
 * ({@link ProcessingLog#SUBJECT_TYPES}) and {@code objectId} is given, the search is for the subject's pseudonym: the
 * log does not keep their id. {@code subjectRef} searches for a pseudonym as such.
 */
public record ProcessingLogQuery(String actor, String action, String objectType, String objectId, LocalDate from,
        LocalDate to, int limit, String subjectRef) {

    public ProcessingLogQuery(String actor, String action, String objectType, String objectId, LocalDate from,
            LocalDate to, int limit) {
        this(actor, action, objectType, objectId, from, to, limit, null);
    }

    /** The same query for a pseudonym. */
    public ProcessingLogQuery withSubjectRef(String pseudonym) {
        return new ProcessingLogQuery(actor, action, objectType, objectId, from, to, limit, pseudonym);
    }

    /** Whether the query names one data subject by kind and id (which the log keeps as a pseudonym). */
    public boolean namesSubject() {
        return objectType != null && ProcessingLog.SUBJECT_TYPES.contains(objectType.trim()) && objectId != null
                && !objectId.isBlank();
    }
}
