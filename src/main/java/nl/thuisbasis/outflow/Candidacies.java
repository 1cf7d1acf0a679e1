package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;

/**
 * A client's candidacy for the priority scheme as a client trajectory sees it: its status and dates, and the
 * provider's confirmation of readiness, which the trajectory's readiness checklist passes on. Only for the
 * registering provider's staff; reads and writes are in the processing log as the outflow module's own.
 */
public interface Candidacies {

    /** The status (a message key with its words) and the dates of a candidacy. */
    record Candidacy(UUID id, String statusKey, boolean active, LocalDate urgencyGrantedOn, LocalDate readyOn,
            String readyConfirmedBy) {
    }

    /** The candidacy, when this user may see it in full (its provider's staff); empty otherwise. */
    Optional<Candidacy> find(CurrentUser user, UUID candidate);

    /** The provider confirms readiness on that day (refused as the outflow module refuses it, e.g. when no longer active). */
    void confirmReadiness(CurrentUser user, UUID candidate, LocalDate on, String confirmedBy);
}
