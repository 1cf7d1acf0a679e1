package nl.thuisbasis.oversight.liveability;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A liveability measurement: kind BASELINE or FOLLOW_UP, the method, the score and the date it was measured. */
record MeasurementRequest(
        @Schema(requiredMode = REQUIRED, allowableValues = {"BASELINE", "FOLLOW_UP"}) String kind,
        @Schema(requiredMode = REQUIRED) String method,
        @Schema(requiredMode = REQUIRED) BigDecimal score,
        @Schema(requiredMode = REQUIRED) LocalDate measuredOn,
        String notes) {

    Measurements.Measurement measurement() {
        return new Measurements.Measurement(kind, method, score, measuredOn, notes);
    }
}
