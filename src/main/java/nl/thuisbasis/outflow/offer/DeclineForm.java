package nl.thuisbasis.outflow.offer;

import nl.thuisbasis.outflow.candidate.CandidateId;

/** The provider declines an offer on the candidate's page (a hidden field names the candidate), with the reason. */
record DeclineForm(CandidateId candidate, Offers.DeclineReason declineReason, String declineNote) {
}
