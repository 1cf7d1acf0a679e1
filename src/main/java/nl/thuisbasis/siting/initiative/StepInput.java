package nl.thuisbasis.siting.initiative;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.siting.domain.InitiativeStep;

/** A step to record, as entered. */
record StepInput(InitiativeStep step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
        LocalDate publishedOn, String notes, String links) {
}
