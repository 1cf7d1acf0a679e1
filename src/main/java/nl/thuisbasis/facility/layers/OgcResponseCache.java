package nl.thuisbasis.facility.layers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The serialised OGC responses of the public layer, by exact request URL, valid for one register revision.
 * As a servlet filter in front of everything else it answers repeated requests (and their conditional
 * variants with 304) straight from memory: the public layer is open data without personal data, so no
 * security or MVC work is needed for a response that was already computed and checked once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OgcResponseCache extends OncePerRequestFilter {

    static final int MAX_ENTRIES = 512;

    /** One response: body, content type, strong ETag, and the register revision it was computed for. */
    record Entry(byte[] body, MediaType type, String etag, long revision) {
    }

    private final FacilityLayers layers;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    OgcResponseCache(FacilityLayers layers) {
        this.layers = layers;
    }

    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    Entry get(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.revision() == layers.revision() ? entry : null;
    }

    void put(String key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/ogc");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Entry entry = get(key(request));
        if (entry == null) {
            chain.doFilter(request, response);
            return;
        }
        write(request, response, entry);
    }

    /** Writes a cached response, or 304 when the client already has it. */
    static void write(HttpServletRequest request, HttpServletResponse response, Entry entry) throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", "max-age=60, public");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Access-Control-Allow-Origin", "*");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(entry.etag()) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.type().toString());
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }
}
