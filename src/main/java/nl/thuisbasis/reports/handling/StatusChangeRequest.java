package nl.thuisbasis.reports.handling;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.reports.domain.ReportStatus;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.util.UUID;

/**
 * The next step sent to the API: the new status, the reply to the reporter and an internal note; {@code templateId}
 * the reply template used, if any (a template that belongs to another step is refused).
 */
record StatusChangeRequest(
        @Schema(requiredMode = REQUIRED, implementation = ReportStatus.class) String status,
        String publicNote,
        String internalNote,
        UUID templateId) {

    Handling.StatusChange change() {
        return new Handling.StatusChange(status, publicNote, internalNote, templateId);
    }
}
