package nl.thuisbasis.outflow.tenancy;

import java.time.LocalDate;

/** The outcome of the agreement: the end reason counts only for an end, the months only for an extension. */
record OutcomeForm(Tenancies.Outcome outcome, Tenancies.EndReason endReason, LocalDate decidedOn, String note,
        Integer extendMonths) {
}
