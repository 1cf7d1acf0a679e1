package nl.thuisbasis.audit;

import java.time.LocalDate;

/** Search criteria for the processing log; null fields do not filter. */
public record ProcessingLogQuery(String actor, String action, String objectType, String objectId, LocalDate from,
        LocalDate to, int limit) {
}
