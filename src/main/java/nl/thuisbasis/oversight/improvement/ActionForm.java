package nl.thuisbasis.oversight.improvement;

import java.time.LocalDate;

/** The form that adds an action to the plan, on the location's page. */
record ActionForm(String description, String ownerOrganisation, LocalDate deadline, String onceToken) {

    Improvements.NewAction draft() {
        return new Improvements.NewAction(description, ownerOrganisation, deadline);
    }
}
