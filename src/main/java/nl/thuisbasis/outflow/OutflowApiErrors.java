package nl.thuisbasis.outflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused input (422), a stale version (409) and an invisible record (404) of the outflow API as problem+json. */
@RestControllerAdvice(assignableTypes = {OutflowApiController.class, CandidateApiController.class,
        VacancyApiController.class, OfferApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutflowApiErrors {

    private final ApiProblems problems;

    OutflowApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(OutflowRefused.class)
    ResponseEntity<ProblemDetail> refused(OutflowRefused e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "outflow-refused",
                "Niet vastgelegd. " + String.join(" ", e.problems()),
                e.problems().stream().<Map<String, Object>>map(p -> Map.of("name", "outflow", "reason", p)).toList(), request));
    }

    @ExceptionHandler(Contingents.Refused.class)
    ResponseEntity<ProblemDetail> contingentRefused(Contingents.Refused e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "contingent-refused", e.getMessage(),
                List.of(Map.of("name", "contingent", "reason", e.getMessage())), request));
    }

    @ExceptionHandler(OutflowRefused.Stale.class)
    ResponseEntity<ProblemDetail> stale(OutflowRefused.Stale e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.CONFLICT, "conflict",
                "Iemand anders heeft dit intussen gewijzigd. Haal de actuele versie op en probeer het opnieuw.", List.of(), request));
    }

    @ExceptionHandler(OutflowRefused.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(OutflowRefused.NotFound e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found",
                "Dit bestaat niet of is voor u niet zichtbaar.", List.of(), request));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
