package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as committed in {@value #SNAPSHOT}: the build generates the Java client of the contract test
 * ({@code GeneratedClientContractTest}) from that file before any test runs, so it must be the document the application
 * serves. A change of the API shows here as a failing test; refresh the snapshot with
 * {@code mvn test -Dtest=OpenApiSnapshotTest -Dopenapi.update=true} and commit it with the change.
 * <p>
 * Also: every request body tells a client what to send, an example for each field (from
 * {@code openapi/request-examples.json}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiSnapshotTest {

    static final String SNAPSHOT = "src/test/resources/openapi/thuisbasis-api.json";

    @Autowired
    MockMvcTester mvc;

    /** The document, pretty-printed with every object's keys in order, so that a diff shows only what changed. */
    static String canonical(byte[] document) {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Object tree = sorted(json.readValue(document, new TypeReference<Object>() { }));
        return json.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
    }

    static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put((String) k, sorted(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(sorted(v)));
            return copy;
        }
        return node;
    }

    byte[] live() {
        MvcTestResult result = mvc.get().uri("/api/v1/openapi.json").exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void the_committed_snapshot_is_the_document_the_application_serves() throws Exception {
        String live = canonical(live());
        Path snapshot = Path.of(SNAPSHOT);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, live, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("The OpenAPI document (GET /api/v1/openapi.json) differs from %s, from which the build generates the "
                        + "client of the contract test. If the change of the API is intended, refresh the snapshot with "
                        + "'mvn test -Dtest=OpenApiSnapshotTest -Dopenapi.update=true' and commit it (then run the build "
                        + "again: the client is generated from it before the tests)", SNAPSHOT)
                .isEqualTo(live);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_field_of_every_request_body_has_an_example() {
        Map<String, Object> doc = JsonMapper.builder().build().readValue(live(), new TypeReference<Map<String, Object>>() { });
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc
                .get("components")).get("schemas");
        TreeSet<String> bodies = new TreeSet<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).values().forEach(item -> item.values().forEach(op -> {
            if (op instanceof Map<?, ?> operation && operation.get("requestBody") instanceof Map<?, ?> body
                    && body.get("content") instanceof Map<?, ?> content
                    && content.get("application/json") instanceof Map<?, ?> media
                    && media.get("schema") instanceof Map<?, ?> schema && schema.get("$ref") instanceof String ref) {
                bodies.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }));
        assertThat(bodies).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        TreeSet<String> todo = new TreeSet<>(bodies);
        while (!todo.isEmpty()) {
            String name = todo.pollFirst();
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schemas.get(name)
                    .getOrDefault("properties", Map.of());
            properties.forEach((field, property) -> {
                if (property.get("items") instanceof Map<?, ?> items && items.get("$ref") instanceof String ref) {
                    todo.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
                if (!property.containsKey("example") && !property.containsKey("$ref")) {
                    missing.add(name + "." + field);
                }
            });
        }
        assertThat(missing).as("request fields without an example: add them to src/main/resources/%s (or, for a field the valid request leaves out, %s)",
                OpenApiRequestExamples.RESOURCE, OpenApiRequestExamples.FIELDS).isEmpty();
    }
}
