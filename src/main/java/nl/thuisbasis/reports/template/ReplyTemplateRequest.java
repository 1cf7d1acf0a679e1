package nl.thuisbasis.reports.template;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.reports.domain.ReportStatus;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A new reply template sent to the API; {@code status}: the step it belongs to (ACKNOWLEDGED, IN_PROGRESS, CLOSED), or none. */
record ReplyTemplateRequest(
        @Schema(requiredMode = REQUIRED) String title,
        @Schema(requiredMode = REQUIRED) String body,
        @Schema(implementation = ReportStatus.class) String status) {

    TemplateDraft draft() {
        return new TemplateDraft(title, body, status);
    }
}
