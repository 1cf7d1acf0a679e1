package nl.thuisbasis.reports.submission;

import java.util.List;
import nl.thuisbasis.platform.Problem;

/**
 * What the public form sends; {@code website} is the honeypot that people never see, {@code onceToken} makes a reload or
 * a double tap count once (platform.OnceOnly). After "use my location" the form offers the public facilities nearby
 * ({@code nearbyOffered}); the reporter chooses one of them or {@link #ELSEWHERE} in {@code nearby}: nothing is chosen
 * for them.
 */
record ReportForm(String cardCode, Double lon, Double lat, String locationText, String category, String description,
        String email, Boolean emailConsent, String website, String onceToken, Boolean nearbyOffered, String nearby) {

    /** The choice "not about one of these facilities". */
    static final String ELSEWHERE = "elders";

    static ReportForm empty(String cardCode, Double lon, Double lat) {
        return new ReportForm(cardCode, lon, lat, null, null, null, null, false, null, null, null, null);
    }

    Submission submission() {
        return new Submission(chosenCard(), lon, lat, locationText, category, description, email, Boolean.TRUE.equals(emailConsent));
    }

    /** The card code: the facility chosen near the point, or the report card's. */
    private String chosenCard() {
        if (nearby != null && !nearby.isBlank()) {
            return ELSEWHERE.equals(nearby) ? null : nearby;
        }
        return cardCode;
    }

    /** The problems of the form itself: a nearby facility was offered and nothing was chosen. */
    List<Problem> choiceProblems() {
        return Boolean.TRUE.equals(nearbyOffered) && (nearby == null || nearby.isBlank())
                ? List.of(Problem.at("nearby", "report.problem.nearby.choose")) : List.of();
    }
}
