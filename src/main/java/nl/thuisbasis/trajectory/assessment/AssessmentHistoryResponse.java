package nl.thuisbasis.trajectory.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A client's assessments, oldest first, and per domain of the latest one the change since the previous score. */
record AssessmentHistoryResponse(UUID clientId, List<AssessmentResponse> assessments,
        @Schema(description = "Per leefgebied van de laatste meting: de score, de vorige score (uit de laatste meting "
                + "ervoor die het leefgebied scoorde), het verschil en het doel; leeg zonder meting")
        List<DomainChangeResponse> changes) {

    record DomainChangeResponse(String domain, String domainName, Integer latest, Integer previous,
            @Schema(description = "latest - previous; leeg (null) als er niets te vergelijken is") Integer delta,
            Integer target, boolean targetReached) {
    }
}
