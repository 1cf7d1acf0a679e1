package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path nothing serves: problem+json under {@code /api/}, the error page elsewhere. Handled here rather than by a
 * catch-all mapping, so static resources such as the Swagger UI keep working.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NotFoundAdvice {

    private final ApiProblems problems;

    NotFoundAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(ApiProblems.PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.NOT_FOUND, "not-found",
                            Problem.of("problem.no-resource", request.getRequestURI()), request));
        }
        // a missing stylesheet or script had its type set already: the error page is HTML
        response.setContentType("text/html;charset=UTF-8");
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }
}
