package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every API error as RFC 9457 {@code application/problem+json} with a stable {@code code}
 * whose title is translated (Dutch by default, English with {@code Accept-Language: en}).
 */
@Component
public class ApiProblems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;
    private final ApiProperties api;

    ApiProblems(MessageSource messages, JsonMapper json, ApiProperties api) {
        this.messages = messages;
        this.json = json;
        this.api = api;
    }

    public ProblemDetail problem(HttpStatus status, String code, String detail, List<Map<String, Object>> errors,
            HttpServletRequest request) {
        // outside a request (jobs, tests) the product speaks Dutch, not the JVM's language
        Locale locale = LocaleContextHolder.getLocaleContext() == null ? Locale.of("nl") : LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://thuisbasis.nl/problemen/" + code));
        problem.setTitle(messages.getMessage("problem." + code, null, status.getReasonPhrase(), locale));
        problem.setDetail(detail == null || detail.isBlank() ? problem.getTitle() : detail);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        problem.setProperty("code", code);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** For Spring Security: no or wrong credentials on a protected API call. */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Thuisbasis API\"");
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", null, List.of(), request));
    }

    /** For Spring Security: logged in, but the role does not allow this call. */
    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "forbidden", null, List.of(), request));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setHeader(ApiVersionFilter.HEADER, api.version());
        json.writeValue(response.getOutputStream(), problem);
    }
}
