package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import nl.thuisbasis.outflow.domain.EarlySignals;

/** A step on a signal, with the version of the signal the page showed. */
record StepForm(String onceToken, Integer version, EarlySignals.StepKind kind, LocalDate takenOn, String note) {
}
