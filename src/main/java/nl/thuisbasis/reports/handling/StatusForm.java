package nl.thuisbasis.reports.handling;

import java.util.UUID;

/**
 * The next step on the report page: the new status, the reply to the reporter, an internal note, and a reply template
 * (without JavaScript the chosen template is not copied into the reply field: then its text is the reply).
 */
record StatusForm(String status, String publicNote, String internalNote, UUID templateId) {

    static final StatusForm EMPTY = new StatusForm(null, null, null, null);

    Handling.StatusChange change(String reply) {
        return new Handling.StatusChange(status, reply, internalNote, templateId);
    }
}
