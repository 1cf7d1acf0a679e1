package nl.thuisbasis.reports.submission;

/** What someone reports; the location comes from a report card code, a point, or neither ("unknown"). */
record Submission(String cardCode, Double lon, Double lat, String locationText, String category, String description,
        String email, boolean emailConsent) {
}
