package nl.thuisbasis.trajectory.page;

import java.time.LocalDate;
import nl.thuisbasis.trajectory.domain.Phase;

/** A change of phase, with the version of the trajectory that was read. */
record PhaseForm(Phase phase, LocalDate since, String note, Integer version) {
}
