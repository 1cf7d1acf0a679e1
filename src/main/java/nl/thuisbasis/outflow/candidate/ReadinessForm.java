package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;

/** The provider confirms the candidate is ready to live on their own: when, and by whom. */
record ReadinessForm(LocalDate readyOn, String readyBy) {
}
