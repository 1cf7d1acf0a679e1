package nl.thuisbasis.reports.submission;

/** What the public form sends; {@code website} is the honeypot that people never see. */
record ReportForm(String cardCode, Double lon, Double lat, String locationText, String category, String description,
        String email, Boolean emailConsent, String website) {

    Submission submission() {
        return new Submission(cardCode, lon, lat, locationText, category, description, email, Boolean.TRUE.equals(emailConsent));
    }
}
