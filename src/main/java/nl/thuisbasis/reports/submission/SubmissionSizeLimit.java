package nl.thuisbasis.reports.submission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.platform.ApiProblems;
import nl.thuisbasis.platform.Messages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public submissions are small: a report (description at most 4,000 characters) never needs more than 32 KB. Larger
 * bodies, or bodies of unknown length, are refused with 413 before anything reads them, in the reader's language.
 */
@Component
class SubmissionSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 32 * 1024;
    static final int MAX_KB = 32;

    private final Messages messages;
    private final ApiProblems problems;
    private final LocaleResolver locales;

    SubmissionSizeLimit(Messages messages, ApiProblems problems, LocaleResolver locales) {
        this.messages = messages;
        this.problems = problems;
        this.locales = locales;
    }

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
            // the body is never read; the language is the one the reader chose (cookie) or asked for (API)
            Locale locale = locales.resolveLocale(request);
            LocaleContext previous = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocale(locale);
            try {
                if (request.getRequestURI().contains("/api/")) {
                    problems.write(response, problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                            messages.text(locale, "report.problem.tooLarge.api", MAX_KB), List.of(), request));
                } else {
                    response.setStatus(413);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write(messages.text(locale, "report.problem.tooLarge.page", MAX_KB));
                }
            } finally {
                LocaleContextHolder.setLocaleContext(previous);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
