package nl.thuisbasis.facility;

import java.time.LocalDate;

/**
 * A facility in the register was closed (its status became "closed", with the date); published after the change
 * commits, for modules whose work on a location ends with it (oversight stops counting its open actions as overdue).
 */
public record FacilityClosed(FacilityId facility, LocalDate closedOn) {
}
