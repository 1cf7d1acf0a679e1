package nl.thuisbasis.platform;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;

/** Any API path that no controller serves is a problem+json 404, also without an error dispatch. */
@ApiController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    void notFound(HttpServletRequest request) {
        throw ApiException.notFound("Er is geen API-resource op " + request.getRequestURI() + ".");
    }
}
