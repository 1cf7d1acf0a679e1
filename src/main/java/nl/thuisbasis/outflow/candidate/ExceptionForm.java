package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;
import nl.thuisbasis.outflow.settings.EligibilityRuleId;

/** The deciding municipality sets a rule aside for the candidate: which rule, why, decided when. */
record ExceptionForm(EligibilityRuleId exceptionRule, String exceptionReason, LocalDate exceptionDate) {
}
