package nl.thuisbasis.outflow.signal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.outflow.domain.EarlySignals;

/** Requests of the early-signal API: a signal, a step, an outcome. Codes are read in any case. */
final class SignalRequest {

    private SignalRequest() {
    }

    /** A signal about a household the caller may record for (GET /signals/households lists them). */
    record SignalRecordRequest(
            @Schema(requiredMode = REQUIRED, description = "De huurzorgovereenkomst van het huishouden (zie /signals/households)")
            UUID tenancyId,
            @Schema(requiredMode = REQUIRED, implementation = EarlySignals.Type.class) String type,
            @Schema(description = "Maanden huurachterstand; verplicht bij RENT_ARREARS, anders leeg") Integer arrearsMonths,
            @Schema(description = "Bedrag van de achterstand in euro; verplicht bij RENT_ARREARS, ENERGY_ARREARS en "
                    + "WATER_ARREARS, anders leeg") BigDecimal arrearsAmount,
            @Schema(requiredMode = REQUIRED) LocalDate receivedOn,
            String note) {
    }

    /** A step taken, with the version of the signal that was read. */
    record SignalStepRequest(
            @Schema(requiredMode = REQUIRED) Integer version,
            @Schema(requiredMode = REQUIRED, implementation = EarlySignals.StepKind.class) String kind,
            @Schema(requiredMode = REQUIRED) LocalDate takenOn,
            String note) {
    }

    /** The outcome that closes the signal, with the version of the signal that was read. */
    record SignalOutcomeRequest(
            @Schema(requiredMode = REQUIRED) Integer version,
            @Schema(requiredMode = REQUIRED, implementation = EarlySignals.Outcome.class) String outcome,
            @Schema(requiredMode = REQUIRED) LocalDate decidedOn,
            String note) {
    }
}
