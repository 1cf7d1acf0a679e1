package nl.thuisbasis.oversight.covenant;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;

/** The covenant as it is now, with the version that was read. */
record CovenantRequest(
        @Schema(requiredMode = REQUIRED) Integer version,
        Boolean present,
        LocalDate signedOn,
        LocalDate lastReview,
        Boolean hasReportRegister,
        Boolean hasReportCard) {

    Covenants.Covenant covenant() {
        return new Covenants.Covenant(version, Boolean.TRUE.equals(present), signedOn, lastReview,
                Boolean.TRUE.equals(hasReportRegister), Boolean.TRUE.equals(hasReportCard));
    }
}
