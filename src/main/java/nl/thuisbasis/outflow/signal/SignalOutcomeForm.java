package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import nl.thuisbasis.outflow.domain.EarlySignals;

/** The outcome that closes a signal, with the version of the signal the page showed. */
record SignalOutcomeForm(Integer version, EarlySignals.Outcome outcome, LocalDate decidedOn, String note) {
}
