package nl.thuisbasis.oversight.liveability;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The form that adds a measurement, on the location's page. The score is read here rather than by binding, so that
 * people may type a decimal comma (6,4) as well as a point.
 */
record MeasurementForm(String kind, String method, String score, LocalDate measuredOn, String notes, String onceToken) {

    /** The score as a number, null when empty or when it is no number ({@link #scoreUnreadable}). */
    BigDecimal scoreValue() {
        String raw = score == null ? "" : score.trim().replace(',', '.');
        if (raw.isEmpty() || raw.length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean scoreUnreadable() {
        return score != null && !score.isBlank() && scoreValue() == null;
    }

    Measurements.Measurement measurement() {
        return new Measurements.Measurement(kind, method, scoreValue(), measuredOn, notes);
    }
}
