package nl.thuisbasis.audit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00): {@code 00-<trace id>-<parent id>-<flags>}, 32 and 16 lower-case
 * hexadecimal digits and two for the flags. A header that is not exactly that (another version, upper case, a wrong
 * length, an id of only zeros) is ignored, as the recommendation says: the request then starts a trace of its own.
 */
record TraceParent(String traceId, String parentId, String flags) {

    private static final Pattern VERSION_00 = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** The trace of an incoming header, empty when it is absent or not a valid version-00 {@code traceparent}. */
    static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var m = VERSION_00.matcher(header.strip());
        if (!m.matches() || zeros(m.group(1)) || zeros(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(m.group(1), m.group(2), m.group(3)));
    }

    /** A new trace id: 16 random bytes, never all zeros. */
    static String newTraceId() {
        return random(16);
    }

    /** A new span (operation) id: 8 random bytes, never all zeros. */
    static String newSpanId() {
        return random(8);
    }

    /** The header for a span of this trace: {@code 00-<trace id>-<span id>-<flags>}. */
    static String header(String traceId, String spanId, String flags) {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        do {
            RANDOM.nextBytes(b);
        } while (zeros(HEX.formatHex(b)));
        return HEX.formatHex(b);
    }

    private static boolean zeros(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }
}
