package nl.thuisbasis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who is not logged in gets no HTTP session: not on a public page with a form (its CSRF token is in a cookie), not on a
 * page that sends them to the login (the page to return to is in a cookie), not on an error page of the server (a
 * missing stylesheet), not on the API. A session is memory on the server per visitor; crawlers and scanners would fill
 * it, and several instances would have to share it. Over real HTTP, so that the container's error pages count too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnonymousSessionTest extends testsupport.PdokStubbed {

    @LocalServerPort
    int port;

    static final List<String> PATHS = List.of("/", "/voorzieningen", "/voorzieningen/kaart", "/voorzieningen/tabel", "/melden",
            "/login", "/toegankelijkheid", "/api-documentatie", "/gebieden/drechtsteden-alblasserwaard", "/start",
            "/uitstroom/kandidaten", "/beheer", "/css/bestaat-niet.css", "/js/bestaat-niet.js", "/bestaat-niet",
            "/voorzieningen/00000000-0000-0000-0000-000000000000", "/melden/volgen/ABCDEFGH", "/ogc/collections",
            "/api/v1/regions", "/api/v1/outflow/candidates", "/api/v1/bestaat-niet", "/actuator/health");

    @Test
    void no_anonymous_request_opens_a_session() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> sessions = new ArrayList<>();
        for (String path : PATHS) {
            for (String language : List.of("nl", "en")) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").header("Accept-Language", language)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isLessThan(500);
                response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                        .forEach(c -> sessions.add(path + " (" + response.statusCode() + ")"));
            }
        }
        assertThat(sessions).as("anonymous requests that opened a session").isEmpty();
    }
}
