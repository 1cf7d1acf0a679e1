package nl.thuisbasis.reports.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A report sent to the API; the same fields as the public form. */
record ReportRequest(
        String cardCode,
        Double lon,
        Double lat,
        String locationText,
        @Schema(requiredMode = REQUIRED) String category,
        @Schema(requiredMode = REQUIRED) String description,
        String email,
        Boolean emailConsent) {

    Submission submission() {
        return new Submission(cardCode, lon, lat, locationText, category, description, email, Boolean.TRUE.equals(emailConsent));
    }
}
