package nl.thuisbasis.reports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public submissions are small: a report (description at most 4,000 characters) never needs more than 32 KB. Larger
 * bodies, or bodies of unknown length, are refused with 413 before anything reads them.
 */
@Component
class SubmissionSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 32 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !(path.equals("/api/v1/reports") || path.equals("/melden") || path.equals("/melden/volgen/heropenen"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES || length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.setStatus(413);
            if (request.getRequestURI().contains("/api/")) {
                response.setContentType("application/problem+json");
                response.getOutputStream().write(("{\"type\":\"https://thuisbasis.nl/problemen/payload-too-large\",\"title\":\"Te groot\","
                        + "\"status\":413,\"detail\":\"Een melding is hoogstens 32 kB.\",\"code\":\"payload-too-large\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Uw melding is te groot (hoogstens 32 kB). Maak de beschrijving korter.");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
