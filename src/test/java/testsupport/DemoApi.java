package testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API as one of the demo accounts (HTTP Basic) and reads JSON answers: shared by the integration tests. */
public record DemoApi(MockMvcTester mvc, JsonMapper json) {

    public static final String PASSWORD = "Thuisbasis-demo-2026";

    /** A call with an optional JSON body; method GET, POST, PUT, PATCH or DELETE. */
    public MvcTestResult call(String method, String user, String uri, String body) {
        var request = switch (method) {
            case "GET" -> mvc.get();
            case "PUT" -> mvc.put();
            case "PATCH" -> mvc.patch();
            case "DELETE" -> mvc.delete();
            case "POST" -> mvc.post();
            default -> throw new IllegalArgumentException(method);
        };
        var spec = request.uri(uri).with(httpBasic(user, PASSWORD));
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return spec.exchange();
    }

    public JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
