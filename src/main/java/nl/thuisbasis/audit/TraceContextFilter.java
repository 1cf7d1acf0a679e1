package nl.thuisbasis.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * W3C Trace Context for every request: the trace of an incoming {@code traceparent} is continued (an invalid one is
 * ignored, never an error), otherwise a new trace starts. The request is one operation (span) of that trace, with an id
 * of its own; trace, operation, the caller's operation and the start of the request are in the MDC while it runs, for
 * the processing log and for the application log, and the response's {@code traceparent} names the request's span.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceContextFilter extends OncePerRequestFilter {

    static final String HEADER = "traceparent";
    private static final String ATTRIBUTE = TraceContextFilter.class.getName() + ".ids";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an error or async dispatch of the same request keeps the request's trace and span
        String[] known = request.getAttribute(ATTRIBUTE) instanceof String[] ids ? ids : null;
        Optional<TraceParent> incoming = known != null ? Optional.empty() : TraceParent.parse(request.getHeader(HEADER));
        String traceId = known != null ? known[0] : incoming.map(TraceParent::traceId).orElseGet(TraceParent::newTraceId);
        String spanId = known != null ? known[1] : TraceParent.newSpanId();
        String parentId = known != null ? known[2] : incoming.map(TraceParent::parentId).orElse(null);
        String startedAt = known != null ? known[3] : Long.toString(System.currentTimeMillis());
        if (known == null) {
            request.setAttribute(ATTRIBUTE, new String[] {traceId, spanId, parentId, startedAt});
            response.setHeader(HEADER, TraceParent.header(traceId, spanId, incoming.map(TraceParent::flags).orElse("01")));
        }
        MDC.put(TraceContext.TRACE_ID, traceId);
        MDC.put(TraceContext.SPAN_ID, spanId);
        if (parentId != null) {
            MDC.put(TraceContext.PARENT_ID, parentId);
        }
        MDC.put(TraceContext.STARTED_AT, startedAt);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(TraceContext.TRACE_ID);
            MDC.remove(TraceContext.SPAN_ID);
            MDC.remove(TraceContext.PARENT_ID);
            MDC.remove(TraceContext.STARTED_AT);
        }
    }

    /** Also for error dispatches: the MDC of the original request is gone by then (the ids are kept on the request). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
