package nl.thuisbasis.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An example of every field of every request body in the OpenAPI document, from {@code openapi/request-examples.json}
 * (one valid request per schema, given field by field: the NL API Design Rules linter takes an example object's
 * {@code postcode} for an operation {@code post}; a valid request: the generated client's contract test sends these examples, with real ids and current dates, and
 * {@code OpenApiSnapshotTest} fails for a request schema without one). Required fields and the values of codes are
 * declared on the request records themselves ({@code @Schema(requiredMode = REQUIRED)}, an enum as
 * {@code implementation}).
 */
@Configuration
class OpenApiRequestExamples {

    static final String RESOURCE = "openapi/request-examples.json";
    /** Examples of the fields that the valid request leaves out, as they go with other values (closedOn with CLOSED). */
    static final String FIELDS = "openapi/request-field-examples.json";

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    OpenApiCustomizer requestExamples() {
        Map<String, Object> examples = read(RESOURCE);
        read(FIELDS).forEach((name, fields) -> {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) examples.getOrDefault(name, Map.of()));
            ((Map<String, Object>) fields).forEach(merged::putIfAbsent);
            examples.put(name, merged);
        });
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                if (examples.get(name) instanceof Map<?, ?> example && schema.getProperties() != null) {
                    Map<String, Schema<?>> properties = (Map) schema.getProperties();
                    properties.forEach((field, property) -> {
                        if (example.containsKey(field) && property.get$ref() == null) {
                            property.setExample(example.get(field));
                        }
                    });
                }
            });
        };
    }

    static Map<String, Object> read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
