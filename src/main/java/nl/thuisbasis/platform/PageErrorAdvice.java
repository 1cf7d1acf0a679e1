package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that a page did not show in its form becomes the error page with the reasons (in the reader's language);
 * an id in a path that cannot be one (a typed id that does not parse) is a page that does not exist. API controllers
 * have their own advice ({@link ApiExceptionHandler}), which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageErrorAdvice {

    private final Messages messages;
    private final ApiProblems problems;
    private final ApiProperties api;

    PageErrorAdvice(Messages messages, ApiProblems problems, ApiProperties api) {
        this.problems = problems;
        this.api = api;
        this.messages = messages;
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused refused) {
        return page(HttpStatus.valueOf(refused.status()), refused);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        boolean pathVariable = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return page(pathVariable ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, null);
    }

    /** A page request that cannot be read at all (a form post that is no form, a missing upload): 400, never a 500. */
    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class,
        org.springframework.http.converter.HttpMessageNotReadableException.class,
        org.springframework.web.HttpMediaTypeNotSupportedException.class})
    Object unreadable(Exception e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // an API call that no operation took (a JSON body where an upload is expected): problem+json, as always
            HttpStatus status = e instanceof org.springframework.web.HttpMediaTypeNotSupportedException
                    ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
            return org.springframework.http.ResponseEntity.status(status).contentType(ApiProblems.PROBLEM_JSON)
                    .header(ApiVersionFilter.HEADER, api.version())
                    .body(problems.problem(status, status == HttpStatus.BAD_REQUEST ? "bad-request" : "unsupported-media-type",
                            Problem.of(status == HttpStatus.BAD_REQUEST ? "problem.multipart.expected"
                                    : "problem.unsupported-media-type.detail", "multipart/form-data"), request));
        }
        return page(HttpStatus.BAD_REQUEST, null);
    }

    /** A value the database refuses that no check caught (see {@link DatabaseRefusals}): refused, not a server error. */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ModelAndView database(org.springframework.dao.DataAccessException e, HttpServletRequest request) throws Exception {
        Refused refused = DatabaseRefusals.of(e, request.getMethod(), request.getRequestURI()).orElseThrow(() -> e);
        return page(HttpStatus.valueOf(refused.status()), refused);
    }

    private ModelAndView page(HttpStatus status, Refused refused) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        if (refused != null && refused.kind() != Refused.Kind.NOT_FOUND) {
            page.addObject("reasons", messages.texts(refused.problems()));
        }
        return page;
    }
}
