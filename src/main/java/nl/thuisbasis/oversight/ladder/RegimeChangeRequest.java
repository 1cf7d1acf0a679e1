package nl.thuisbasis.oversight.ladder;

import java.time.LocalDate;

/** A move on the ladder: {@code to} is DORMANT, ACTIVE_BASIC, STRICTER or IMPROVEMENT_TRACK. */
record RegimeChangeRequest(String to, String reason, Boolean urgent, String decidedBy, LocalDate decidedOn) {
}
