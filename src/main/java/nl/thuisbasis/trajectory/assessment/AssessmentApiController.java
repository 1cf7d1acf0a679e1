package nl.thuisbasis.trajectory.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A client's life-domain assessments through the API: the history with the change per domain, recording one, and the
 * instrument a new one is made with (to build the form). Only the staff of the client's provider; anyone else gets 404,
 * and every read, write and refusal is in the processing log (the use case writes it).
 */
@ApiController
@RequestMapping("/api/v1/trajectories/clients/{id}")
@Tag(name = "Trajecten: metingen", description = "Metingen van de leefgebieden van een cliënt, elk met de versie van het "
        + "instrument waarmee ze gemaakt is (bijzondere persoonsgegevens: elke inzage en elke weigering wordt gelogd)")
class AssessmentApiController {

    private final Assessments assessments;
    private final AssessmentResponses responses;
    private final OnceOnly once;

    AssessmentApiController(Assessments assessments, AssessmentResponses responses, OnceOnly once) {
        this.assessments = assessments;
        this.responses = responses;
        this.once = once;
    }

    @GetMapping("/assessments")
    @Operation(operationId = "listAssessments", summary = "De metingen van een cliënt, oudste eerst, met de verandering per leefgebied",
            description = "Namen van leefgebieden in de taal van het verzoek (Accept-Language).")
    AssessmentHistoryResponse history(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return responses.history(assessments.history(user, id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/assessments")
    @Operation(operationId = "recordAssessment", summary = "Een meting vastleggen",
            description = "Met het instrument dat de regio van de cliënt nu gebruikt (zie assessment-instrument). "
                    + "Elk probleem staat bij zijn veld in errors, een leefgebied als scores[CODE].")
    ResponseEntity<AssessmentResponse> record(@PathVariable ClientId id, @RequestBody AssessmentRequest body,
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) legt de meting niet nog "
                    + "eens vast, maar geeft dezelfde.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        UUID recorded = UUID.fromString(once.submit(key, "trajectory.assessment.record.api",
                () -> assessments.record(user, id.value(), body.draft()).toString()));
        // a key used before for another client's assessment: not this one
        AssessmentResponse created = responses.one(assessments.history(user, id.value()), recorded).orElseThrow(() ->
                new Refused(Refused.Kind.CONFLICT, "conflict", List.of(Problem.of("problem.onceOnly.otherForm"))));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @GetMapping("/assessment-instrument")
    @Operation(operationId = "getAssessmentInstrument", summary = "Het instrument waarmee een nieuwe meting van deze cliënt gemaakt wordt",
            description = "Het instrument van de regio van de gewenste gemeente van de cliënt (anders van de "
                    + "herkomstgemeente): de leefgebieden in volgorde, elk met de betekenis van de niveaus 1 tot en met 5, "
                    + "in de taal van het verzoek.")
    InstrumentResponse instrument(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return responses.instrument(assessments.instrumentFor(user, id.value()).instrument());
    }
}
