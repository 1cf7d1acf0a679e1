package nl.thuisbasis.platform;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An API error with a stable {@code code}; the code is also the message key for the Dutch and
 * English title ({@code problem.<code>}). {@code errors} lists what was wrong, item by item.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient List<Map<String, Object>> errors;

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ApiException(HttpStatus status, String code, String detail, List<Map<String, Object>> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }
}
