package nl.thuisbasis.oversight.improvement;

import java.time.LocalDate;

/** A new action for the plan of the improvement track. */
record ActionRequest(String description, String ownerOrganisation, LocalDate deadline) {

    Improvements.NewAction draft() {
        return new Improvements.NewAction(description, ownerOrganisation, deadline);
    }
}
