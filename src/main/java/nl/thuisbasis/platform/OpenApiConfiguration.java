package nl.thuisbasis.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document at {@code /api/v1/openapi.json}, made to pass the NL API Design Rules
 * linter: servers carry the major version, every success response documents the {@code API-Version}
 * header, every error response is {@code application/problem+json}, every operation can answer 400.
 */
@Configuration
class OpenApiConfiguration {

    static final String PREFIX = "/api/v1";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI thuisbasisOpenApi(ApiProperties api) {
        return new OpenAPI()
                .info(new Info().title("Thuisbasis API").version(api.version())
                        .description("Regionale gegevens voor de huisvesting van kwetsbare groepen: gebieden en "
                                + "kerncijfers (Bron: CBS / Kadaster), en de gegevens van de regio.")
                        .contact(new Contact().name("Thuisbasis functioneel beheer").email("beheer@thuisbasis.nl")
                                .url(api.publicUrl()))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                .servers(List.of(new Server().url(PREFIX).description("Deze omgeving")))
                // the security schemes and each operation's requirement: identity.security.ApiSecurityDocumentation
                .components(new Components());
    }

    /**
     * A typed id in a path or query ({@code record CandidateId(UUID value)}) is a uuid string on the wire: document it
     * so, not as an object with a {@code value} property.
     */
    @Bean
    org.springdoc.core.customizers.ParameterCustomizer typedIdsAreUuids() {
        return (parameter, methodParameter) -> {
            if (parameter != null && methodParameter != null && isTypedId(methodParameter.getParameterType())) {
                parameter.setSchema(new StringSchema().format("uuid"));
                parameter.setContent(null);
            }
            return parameter;
        };
    }

    /** A record with one component, a UUID: how every module writes its ids. */
    static boolean isTypedId(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == java.util.UUID.class;
    }

    @Bean
    OpenApiCustomizer nlApiDesignRules() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> {
                relative.addPathItem(path.startsWith(PREFIX) ? (path.equals(PREFIX) ? "/" : path.substring(PREFIX.length()))
                        : path, item);
                item.readOperationsMap().forEach((method, operation) -> errors(path, method.name(), operation));
            });
            openApi.setPaths(relative);
        };
    }

    /**
     * The refusals an operation can answer with, as the API gives them (each as problem+json, added by {@link #conform}):
     * 401 and 403 (credentials, role), 404 (a record in the path), 406 (Accept), 415 and 422 (a body), 409 (a stale
     * version or a repeated key on a change), 429 (the public report limit).
     */
    static void errors(String path, String method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        java.util.Map<String, String> add = new java.util.LinkedHashMap<>();
        add.put("401", "Niet ingelogd of ongeldige inloggegevens");
        add.put("403", "Deze rol mag dit niet");
        if (path.contains("{") || operation.getRequestBody() != null) {
            // a record named in the path, or in the body (an offer for a vacancy the caller does not see)
            add.put("404", "Bestaat niet, of niet zichtbaar voor deze gebruiker");
        }
        add.put("406", "Geen van de gevraagde mediatypen (Accept) kan");
        boolean writes = !method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE");
        if (operation.getRequestBody() != null) {
            add.put("415", "Ander mediatype van de body verwacht");
        }
        if (writes || method.equals("DELETE")) {
            // a delete too: a stale version, or a record that may not go (a template in use, not one's own)
            add.put("409", "Intussen gewijzigd door iemand anders, of de sleutel is al gebruikt");
            add.put("422", "Gelezen, maar in strijd met een regel; elk probleem bij zijn veld in errors");
        }
        if (method.equals("POST") && (path.equals(PREFIX + "/reports") || path.equals("/reports"))) {
            add.put("429", "Te veel meldingen vanaf dit adres; probeer het later opnieuw");
        }
        add.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description));
            }
        });
        conform(operation);
    }

    private static void conform(Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        if (!responses.containsKey("400")) {
            responses.addApiResponse("400", new ApiResponse().description("Ongeldig verzoek"));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                binaryFiles(response.getContent());
            }
            if (status.startsWith("2") || status.startsWith("3")) {
                response.addHeaderObject("API-Version", new Header().description("De volledige versie van de API")
                        .schema(new StringSchema().example("1.0.0")));
            } else if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(ApiProblems.PROBLEM_JSON.toString(),
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                response.addHeaderObject("API-Version", new Header().description("De volledige versie van de API")
                        .schema(new StringSchema().example("1.0.0")));
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription("Fout (problem+json)");
                }
            }
        });
    }

    /**
     * A file (PDF, CSV, XLSX) is its bytes, not a base64 text: springdoc writes a {@code byte[]} answer as
     * {@code format: byte}, which a generated client reads as JSON.
     */
    private static void binaryFiles(Content content) {
        content.forEach((type, media) -> {
            if (!type.contains("json") && media.getSchema() != null && "byte".equals(media.getSchema().getFormat())) {
                media.setSchema(new StringSchema().format("binary"));
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema error = new ObjectSchema().addProperty("name", new StringSchema().description("Veld, kolom of regel"))
                .addProperty("code", new StringSchema().description("Stabiele code van dit probleem, ook de sleutel van de vertaling"))
                .addProperty("reason", new StringSchema().description("Wat er mis is"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .required(List.of("status", "title", "detail", "code"))
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema().description("Korte, vertaalde omschrijving van het soort fout"),
                        "status", new IntegerSchema().format("int32"),
                        "detail", new StringSchema().description("Uitleg bij dit geval"),
                        "instance", new StringSchema().format("uri-reference"),
                        "code", new StringSchema().description("Stabiele code, ook de sleutel van de vertaling"),
                        "errors", new ArraySchema().items(error)));
    }

}
