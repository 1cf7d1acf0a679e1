package nl.thuisbasis.outflow.offer;

import java.time.LocalDate;

/** The corporation offers its dwelling to the adopted candidate, on the vacancy's page. */
record MakeOfferForm(String onceToken, LocalDate offeredOn) {
}
