package nl.thuisbasis.web.language;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch in the header leads to the same page with every parameter it had, in the other language
 * ({@code lang} replaced, the rest kept). A page shown as the answer to a form (a refused form) has no address of its
 * own: the switch leads back to the page the form was on (the Referer, when it is of this site).
 */
@ControllerAdvice
class LanguageSwitch {

    /** The path of the page (also on an error page), for the navigation's {@code aria-current}. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return forwarded(request, RequestDispatcher.FORWARD_REQUEST_URI, RequestDispatcher.ERROR_REQUEST_URI,
                request.getRequestURI());
    }

    @ModelAttribute("languageSwitch")
    Map<String, String> languageSwitch(HttpServletRequest request) {
        String path = forwarded(request, RequestDispatcher.FORWARD_REQUEST_URI, RequestDispatcher.ERROR_REQUEST_URI,
                request.getRequestURI());
        String query = forwardedQuery(request);
        if (!"GET".equals(request.getMethod()) && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null) {
            URI referer = sameSite(request);
            if (referer != null) {
                path = referer.getRawPath();
                query = referer.getRawQuery();
            }
        }
        return Map.of("nl", link(path, query, "nl"), "en", link(path, query, "en"));
    }

    static String link(String path, String query, String language) {
        return UriComponentsBuilder.fromPath(path == null || path.isEmpty() ? "/" : path).query(query)
                .replaceQueryParam("lang", language).build().toUriString();
    }

    private static String forwarded(HttpServletRequest request, String first, String second, String fallback) {
        for (String name : new String[] {second, first}) {
            Object value = request.getAttribute(name);
            if (value instanceof String text && !text.isEmpty()) {
                return text;
            }
        }
        return fallback;
    }

    private static String forwardedQuery(HttpServletRequest request) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forward = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return error != null ? null : forward instanceof String text ? text : request.getQueryString();
    }

    /** The page the request came from, when it is a page of this site. */
    private static URI sameSite(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean local = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            return local && uri.getRawPath() != null && uri.getRawPath().startsWith("/") ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
