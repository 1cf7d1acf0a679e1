package nl.thuisbasis.trajectory.assessment;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;

/** An assessment to record, as the API takes it: per domain code of the instrument its score, target and note. */
record AssessmentRequest(
        @Schema(requiredMode = REQUIRED, description = "De dag van de meting (niet in de toekomst)") LocalDate assessedOn,
        @Schema(description = "Het begin van de periode die de meting beschrijft; zonder: de 30 dagen tot en met de meting")
        LocalDate periodFrom,
        @Schema(requiredMode = REQUIRED, description = "Per code van een leefgebied van het instrument (zie "
                + "assessment-instrument) de score; een leefgebied dat niet gemeten kon worden blijft weg")
        Map<String, DomainScoreRequest> scores) {

    /** A domain's score (1 acute problems ... 5 fully self-reliant), the target score and a note; each may be left out. */
    record DomainScoreRequest(
            @Schema(minimum = "1", maximum = "5") Integer score,
            @Schema(minimum = "1", maximum = "5") Integer target,
            @Schema(description = "Hoogstens 1000 tekens") String note) {
    }

    Assessments.Draft draft() {
        Map<String, DomainScore> entered = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((domain, s) -> entered.put(domain,
                    s == null ? new DomainScore(null, null, null) : new DomainScore(s.score(), s.target(), s.note())));
        }
        return new Assessments.Draft(assessedOn, periodFrom, entered);
    }
}
