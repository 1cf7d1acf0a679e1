package nl.thuisbasis.oversight.ladder;

import java.time.LocalDate;

/** Extra supervision on or off, with the reason and the date of the decision. */
record ExtraSupervisionRequest(Boolean on, String reason, LocalDate decidedOn) {

    Ladder.Supervision supervision() {
        return new Ladder.Supervision(Boolean.TRUE.equals(on), reason, decidedOn);
    }
}
