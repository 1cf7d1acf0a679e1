package nl.thuisbasis.siting.initiative;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.siting.domain.InitiativeStep;

/** The form of a step on an initiative's page; its field names are the names the process rules use. */
record StepForm(InitiativeStep step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
        LocalDate publishedOn, String notes, String links, String onceToken) {

    /** The form as it starts: no step and no date chosen (a person chooses both). */
    static final StepForm EMPTY = new StepForm(null, null, null, null, null, null, null, null, null);

    StepInput input() {
        return new StepInput(step, date, scanId, decisionBody == null || decisionBody.isBlank() ? null : decisionBody,
                approved, publishedOn, notes, links);
    }
}
