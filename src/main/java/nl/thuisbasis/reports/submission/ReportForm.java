package nl.thuisbasis.reports.submission;

/**
 * What the public form sends; {@code website} is the honeypot that people never see, {@code onceToken} makes a reload or
 * a double tap count once (platform.OnceOnly).
 */
record ReportForm(String cardCode, Double lon, Double lat, String locationText, String category, String description,
        String email, Boolean emailConsent, String website, String onceToken) {

    Submission submission() {
        return new Submission(cardCode, lon, lat, locationText, category, description, email, Boolean.TRUE.equals(emailConsent));
    }
}
