package nl.thuisbasis.oversight.liveability;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A liveability measurement: kind BASELINE or FOLLOW_UP, the method, the score and the date it was measured. */
record MeasurementRequest(String kind, String method, BigDecimal score, LocalDate measuredOn, String notes) {

    Measurements.Measurement measurement() {
        return new Measurements.Measurement(kind, method, score, measuredOn, notes);
    }
}
