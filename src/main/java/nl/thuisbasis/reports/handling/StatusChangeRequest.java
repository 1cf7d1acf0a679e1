package nl.thuisbasis.reports.handling;

/** The next step sent to the API: the new status, the reply to the reporter and an internal note. */
record StatusChangeRequest(String status, String publicNote, String internalNote) {

    Handling.StatusChange change() {
        return new Handling.StatusChange(status, publicNote, internalNote);
    }
}
