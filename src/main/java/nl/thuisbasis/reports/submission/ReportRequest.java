package nl.thuisbasis.reports.submission;

/** A report sent to the API; the same fields as the public form. */
record ReportRequest(String cardCode, Double lon, Double lat, String locationText, String category, String description,
        String email, Boolean emailConsent) {

    Submission submission() {
        return new Submission(cardCode, lon, lat, locationText, category, description, email, Boolean.TRUE.equals(emailConsent));
    }
}
