package nl.thuisbasis.reports.handling;

import java.util.UUID;

/**
 * The next step sent to the API: the new status, the reply to the reporter and an internal note; {@code templateId}
 * the reply template used, if any (a template that belongs to another step is refused).
 */
record StatusChangeRequest(String status, String publicNote, String internalNote, UUID templateId) {

    Handling.StatusChange change() {
        return new Handling.StatusChange(status, publicNote, internalNote, templateId);
    }
}
