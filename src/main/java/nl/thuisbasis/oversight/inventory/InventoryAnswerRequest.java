package nl.thuisbasis.oversight.inventory;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.oversight.domain.Regime;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;

/** The checklist of one location; {@code neededRegime} is DORMANT, ACTIVE_BASIC, STRICTER or IMPROVEMENT_TRACK. */
record InventoryAnswerRequest(
        Boolean committeePresent,
        Boolean committeeMeetsPeriodically,
        Boolean covenantPresent,
        LocalDate covenantLastReviewed,
        Boolean reportRegisterKept,
        Boolean reportCardPresent,
        Integer liveabilityScore,
        @Schema(requiredMode = REQUIRED, implementation = Regime.class) String neededRegime) {
}
