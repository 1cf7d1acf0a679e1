package nl.thuisbasis.oversight;

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

/** Refused input (422), a stale version (409) and an invisible facility (404) of the oversight API as problem+json. */
@RestControllerAdvice(assignableTypes = {OversightApiController.class, InventoryApiController.class,
        OversightOverviewApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversightApiErrors {

    private final ApiProblems problems;

    OversightApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(OversightService.Refused.class)
    ResponseEntity<ProblemDetail> refused(OversightService.Refused e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "oversight-refused",
                "Niet vastgelegd. " + String.join(" ", e.problems()),
                e.problems().stream().<Map<String, Object>>map(p -> Map.of("name", "oversight", "reason", p)).toList(), request));
    }

    @ExceptionHandler(OversightService.Stale.class)
    ResponseEntity<ProblemDetail> stale(OversightService.Stale e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.CONFLICT, "conflict",
                "Iemand anders heeft dit intussen gewijzigd. Haal de actuele versie op en probeer het opnieuw.", List.of(), request));
    }

    @ExceptionHandler(OversightService.NotVisible.class)
    ResponseEntity<ProblemDetail> notVisible(OversightService.NotVisible e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found",
                "Deze voorziening bestaat niet of is voor u niet zichtbaar.", List.of(), request));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
