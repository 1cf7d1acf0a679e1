package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;

/** The deciding municipality grants urgency: the date of the decision and its reference. */
record UrgencyForm(LocalDate urgencyDate, String urgencyDecision) {
}
