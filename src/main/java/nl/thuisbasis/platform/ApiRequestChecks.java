package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What every API call is checked for before its operation runs, so that a refused request never stores anything.
 *
 * <p>Parameters: a query parameter or path segment with a control character (a NUL, which PostgreSQL refuses) is
 * refused with 400 naming the parameter.
 *
 * <p>Content negotiation: an API call whose {@code Accept} header admits none of the types the
 * operation answers in is refused with 406 before the operation runs, so a refused request never stores anything (a
 * POST with {@code Accept: application/xml} used to store the record and then fail to write the answer). Operations
 * that declare their types ({@code produces}) are checked against those, the others against JSON; operations that
 * write their own bytes (PDF, spreadsheets) or nothing are left to their declaration.
 */
final class ApiRequestChecks implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().isAnnotationPresent(ApiController.class)) {
            return true;
        }
        checkParameters(request);
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        List<MediaType> producible = producible(request, method);
        if (producible.isEmpty()) {
            return true;
        }
        for (MediaType wanted : accepted) {
            for (MediaType offered : producible) {
                if (wanted.isCompatibleWith(offered)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(producible);
    }

    @SuppressWarnings("unchecked")
    private static void checkParameters(HttpServletRequest request) {
        List<Problem> problems = new java.util.ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!Inputs.printable(name) || java.util.Arrays.stream(values).anyMatch(v -> !Inputs.printable(v))) {
                problems.add(Problem.at(Inputs.printable(name) ? name : "parameter", "problem.text.characters"));
            }
        });
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof java.util.Map<?, ?> map) {
            ((java.util.Map<String, String>) map).forEach((name, value) -> {
                if (value != null && !Inputs.printable(value)) {
                    problems.add(Problem.at(name, "problem.text.characters"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw Refused.badRequest(problems.toArray(Problem[]::new));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<MediaType> producible(HttpServletRequest request, HandlerMethod method) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        if (declared instanceof Collection<?> types && !types.isEmpty()) {
            return List.copyOf((Collection<MediaType>) types);
        }
        ResolvableType returned = ResolvableType.forMethodReturnType(method.getMethod());
        if (HttpEntity.class.isAssignableFrom(returned.toClass())) {
            returned = returned.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> body = returned.toClass();
        if (body == void.class || body == Void.class || body == byte[].class || body == String.class
                || Resource.class.isAssignableFrom(body) || StreamingResponseBody.class.isAssignableFrom(body)) {
            return List.of();
        }
        return JSON;
    }
}
