package nl.thuisbasis.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.thuisbasis.platform.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused input of the reports API as problem+json (422); nothing was stored. */
@RestControllerAdvice(assignableTypes = {ReportApiController.class, ReportHandlingApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportApiErrors {

    private final ApiProblems problems;

    ReportApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Reports.StaffRefused.class)
    ResponseEntity<ProblemDetail> refused(Reports.StaffRefused e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "report-refused",
                "Niet vastgelegd. " + String.join(" ", e.problems()),
                e.problems().stream().<Map<String, Object>>map(p -> Map.of("name", "report", "reason", p)).toList(), request);
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
