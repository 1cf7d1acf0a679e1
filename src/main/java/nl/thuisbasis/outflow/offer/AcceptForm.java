package nl.thuisbasis.outflow.offer;

import java.time.LocalDate;
import nl.thuisbasis.outflow.candidate.CandidateId;

/** The provider accepts an offer on the candidate's page (a hidden field names the candidate): start and length. */
record AcceptForm(String onceToken, CandidateId candidate, LocalDate acceptStartsOn, Integer acceptMonths) {
}
