package nl.thuisbasis.oversight.ladder;

import java.time.LocalDate;
import nl.thuisbasis.oversight.domain.Regime;

/** The form that moves the location on the ladder, on the location's page. */
record RegimeForm(Regime to, LocalDate decidedOn, String decidedBy, String reason, Boolean urgent, String onceToken) {

    Ladder.Move move() {
        return new Ladder.Move(to, reason, Boolean.TRUE.equals(urgent), decidedBy, decidedOn);
    }
}
