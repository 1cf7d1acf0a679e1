package nl.thuisbasis.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.thuisbasis.platform.ApiProblems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the servlet container: problem+json for the API, a Dutch (or English) page
 * for people. No stack traces, no request bodies.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ApiProblems problems;

    ErrorPageController(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(statusAttribute instanceof Integer code ? code : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            String code = switch (status) {
                case NOT_FOUND -> "not-found";
                case FORBIDDEN -> "forbidden";
                case UNAUTHORIZED -> "unauthorized";
                case BAD_REQUEST -> "bad-request";
                case METHOD_NOT_ALLOWED -> "method-not-allowed";
                case NOT_ACCEPTABLE -> "not-acceptable";
                case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
                case CONTENT_TOO_LARGE -> "too-large";
                default -> status.is4xxClientError() ? "bad-request" : "internal-error";
            };
            problems.write(response, problems.problem(status, code, null, List.of(), request));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "error";
    }
}
