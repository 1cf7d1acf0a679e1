package nl.thuisbasis.siting.initiative;

import java.time.LocalDate;
import java.util.UUID;

/** A step to record, as the API receives it; the step by its name, in any case. */
record StepRequest(String step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
        LocalDate publishedOn, String notes, String links) {
}
