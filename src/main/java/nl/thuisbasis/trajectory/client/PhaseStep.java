package nl.thuisbasis.trajectory.client;

import java.time.LocalDate;
import nl.thuisbasis.trajectory.domain.Phase;

/** A step in a client's phase history: the phase, from when, the note, and who made the change. */
public record PhaseStep(Phase phase, LocalDate since, String note, String changedBy) {
}
