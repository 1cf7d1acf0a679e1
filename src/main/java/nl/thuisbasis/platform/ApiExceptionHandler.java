package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one place where API exceptions become {@code application/problem+json}. */
@RestControllerAdvice(annotations = ApiController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;
    private final Forms forms;

    ApiExceptionHandler(ApiProblems problems, Forms forms) {
        this.problems = problems;
        this.forms = forms;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e, HttpServletRequest request) {
        return respond(problems.problem(e, request));
    }

    /** A body that breaks a constraint of its request type: every field at once (422). */
    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(org.springframework.web.bind.MethodArgumentNotValidException e,
            HttpServletRequest request) {
        return respond(problems.problem(Refused.invalid("invalid", forms.problems(e.getBindingResult())), request));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestPartException.class, HandlerMethodValidationException.class,
        HttpMessageNotReadableException.class, org.springframework.web.multipart.MultipartException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException m
                && m.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // an id in the path that cannot be one: there is no such resource
            return respond(problems.problem(Refused.notFound(), request));
        }
        Problem refusedValue = e instanceof HttpMessageNotReadableException m ? unreadable(m) : null;
        if (refusedValue != null && !refusedValue.key().startsWith("problem.body.")) {
            // readable JSON with a value that breaks a rule of every field (a control character, a date out of range)
            return respond(problems.problem(Refused.invalid("invalid", refusedValue), request));
        }
        Problem detail = switch (e) {
            case MissingServletRequestParameterException m -> Problem.at(m.getParameterName(), "problem.parameter.missing",
                    m.getParameterName());
            case MethodArgumentTypeMismatchException m -> Problem.at(m.getName(), "problem.parameter.invalid", m.getName());
            case MissingServletRequestPartException m -> Problem.at(m.getRequestPartName(), "problem.part.missing",
                    m.getRequestPartName());
            // The parser's message may quote the body, which can hold personal data: never echo it; name the field.
            case HttpMessageNotReadableException m -> refusedValue;
            case org.springframework.web.multipart.MultipartException m -> Problem.of("problem.multipart.expected");
            default -> Problem.of("problem.parameters.invalid");
        };
        return respond(problems.problem(Refused.badRequest(detail), request));
    }

    /** What is wrong with a body: the field and why when the reader can tell, otherwise that it is not JSON. */
    private static Problem unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException refused && !refused.getPath().isEmpty()) {
                String field = field(refused.getPath());
                return t instanceof StrictJsonInput.RefusedValue value ? Problem.at(field, value.key)
                        : Problem.at(field, "problem.body.field", field);
            }
        }
        return Problem.of("problem.body.unreadable");
    }

    /** A JSON path as people write it: {@code indicators[0].key}. */
    static String field(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", Problem.of("problem.too-large.detail"),
                request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                Problem.of("problem.method-not-allowed.detail", request.getMethod()), request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                Problem.of("problem.not-acceptable.detail", e.getSupportedMediaTypes().toString()), request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                Problem.of("problem.unsupported-media-type.detail", e.getSupportedMediaTypes().toString()), request));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(problems.problem(Refused.notFound(), request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.FORBIDDEN, "forbidden", (String) null, List.of(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (clientWentAway(e)) {
            // The browser closed the connection (navigated away); nothing to answer and nothing wrong here.
            log.debug("Client disconnected during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        java.util.Optional<Refused> refusedByDatabase = DatabaseRefusals.of(e, request.getMethod(), request.getRequestURI());
        if (refusedByDatabase.isPresent()) {
            return respond(problems.problem(refusedByDatabase.get(), request));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                Problem.of("problem.internal-error.detail"), request));
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException
                    || t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }

    static Map<String, Object> error(String name, String reason) {
        return Map.of("name", name, "reason", reason);
    }
}
