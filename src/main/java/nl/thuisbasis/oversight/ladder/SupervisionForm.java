package nl.thuisbasis.oversight.ladder;

import java.time.LocalDate;

/** The form that switches extra supervision on or off, on the location's page ({@code switchOn} is hidden). */
record SupervisionForm(Boolean switchOn, String supervisionReason, LocalDate supervisionDate, String onceToken) {

    Ladder.Supervision supervision() {
        return new Ladder.Supervision(Boolean.TRUE.equals(switchOn), supervisionReason, supervisionDate);
    }
}
