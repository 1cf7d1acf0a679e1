package nl.thuisbasis.outflow.tenancy;

import java.time.LocalDate;

/** An evaluation of the agreement: which moment (months after the start), held when, and its summary. */
record EvaluationForm(Integer month, LocalDate heldOn, String summary) {
}
