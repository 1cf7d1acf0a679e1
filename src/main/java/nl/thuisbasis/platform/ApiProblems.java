package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every API error as RFC 9457 {@code application/problem+json} with a stable {@code code} whose title
 * ({@code problem.<code>}) and texts are translated (Dutch by default, English with {@code Accept-Language: en}).
 */
@Component
public class ApiProblems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final Messages messages;
    private final JsonMapper json;
    private final ApiProperties api;

    private final org.springframework.web.servlet.LocaleResolver locales;

    ApiProblems(Messages messages, JsonMapper json, ApiProperties api, org.springframework.web.servlet.LocaleResolver locales) {
        this.locales = locales;
        this.messages = messages;
        this.json = json;
        this.api = api;
    }

    /**
     * A refusal as problem+json: the detail reads the problems one after the other ("Niet vastgelegd." first when input
     * was refused), and {@code errors} lists each with the field it concerns ({@code name}), its key ({@code code}) and
     * its text ({@code reason}); a problem of an uploaded file adds {@code position} (the row) and {@code column}.
     */
    public ProblemDetail problem(Refused refused, HttpServletRequest request) {
        Locale locale = locale(request);
        List<String> texts = refused.problems().stream().map(p -> messages.refusal(p, locale)).toList();
        String detail = String.join(" ", texts);
        if (refused.kind() == Refused.Kind.INVALID) {
            detail = (messages.text(locale, "problem.not-saved") + " " + detail).trim();
        }
        List<Map<String, Object>> errors = new java.util.ArrayList<>();
        for (int i = 0; i < refused.problems().size(); i++) {
            Problem p = refused.problems().get(i);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("name", p.field() != null ? p.field() : refused.code());
            error.put("code", p.key());
            error.put("reason", texts.get(i));
            if (p.row() != null) {
                error.put("position", p.row());
                error.put("column", p.field());
            }
            errors.add(error);
        }
        boolean itemised = refused.kind() == Refused.Kind.INVALID || refused.kind() == Refused.Kind.BAD_REQUEST;
        return problem(HttpStatus.valueOf(refused.status()), refused.code(), detail, itemised ? errors : List.of(), request);
    }

    /** A problem with a detail that is a message key of its own. */
    public ProblemDetail problem(HttpStatus status, String code, Problem detail, HttpServletRequest request) {
        return problem(status, code, detail == null ? null : messages.text(detail, locale(request)), List.of(), request);
    }

    public ProblemDetail problem(HttpStatus status, String code, String detail, List<Map<String, Object>> errors,
            HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://thuisbasis.nl/problemen/" + code));
        String title = messages.has("problem." + code) ? messages.text(locale, "problem." + code) : status.getReasonPhrase();
        problem.setTitle(title);
        problem.setDetail(detail == null || detail.isBlank() ? title : detail);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        problem.setProperty("code", code);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /**
     * The language of a problem: as the application resolves it (Accept-Language for API clients, Dutch by default), also
     * where Spring MVC has not set it yet (the security filters answer before it does).
     */
    private Locale locale(HttpServletRequest request) {
        return request == null ? Messages.locale() : locales.resolveLocale(request);
    }

    /** For Spring Security: no or wrong credentials on a protected API call. */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(request, response, List.of("Basic realm=\"Thuisbasis API\""), null);
    }

    /**
     * No or wrong credentials, with the {@code WWW-Authenticate} challenges of the ways the API accepts and, where the
     * credentials were refused for a reason the client can act on (an expired token), that reason as the detail.
     */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response, List<String> challenges, Problem detail)
            throws IOException {
        for (String challenge : challenges) {
            response.addHeader("WWW-Authenticate", challenge);
        }
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail, request));
    }

    /** For Spring Security: logged in, but the role does not allow this call. */
    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "forbidden", (String) null, List.of(), request));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setHeader(ApiVersionFilter.HEADER, api.version());
        json.writeValue(response.getOutputStream(), problem);
    }

    static String joined(List<String> texts) {
        return texts.stream().collect(Collectors.joining(" "));
    }
}
