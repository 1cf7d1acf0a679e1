package nl.thuisbasis.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.MDC;

/**
 * The trace of the processing being logged: that of the current request (set by {@link TraceContextFilter}), or a new
 * trace and operation of its own for work outside a request (a scheduled job, an event listener).
 */
record TraceContext(String traceId, String operationId, String parentOperationId, OffsetDateTime startedAt) {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";
    static final String PARENT_ID = "parentSpanId";
    static final String STARTED_AT = "requestStartedAt";

    /** The current request's trace, or a fresh one starting now. */
    static TraceContext current(OffsetDateTime now) {
        String traceId = MDC.get(TRACE_ID);
        String spanId = MDC.get(SPAN_ID);
        if (traceId == null || spanId == null) {
            return new TraceContext(TraceParent.newTraceId(), TraceParent.newSpanId(), null, now);
        }
        return new TraceContext(traceId, spanId, MDC.get(PARENT_ID), startedAt(MDC.get(STARTED_AT), now));
    }

    private static OffsetDateTime startedAt(String millis, OffsetDateTime now) {
        try {
            return millis == null ? now : Instant.ofEpochMilli(Long.parseLong(millis)).atOffset(ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            return now;
        }
    }
}
