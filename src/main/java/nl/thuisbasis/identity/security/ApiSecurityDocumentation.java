package nl.thuisbasis.identity.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import nl.thuisbasis.identity.IdentityProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

/**
 * How to authenticate, in the OpenAPI document, from the same rules as the API's filter chain
 * ({@link SecurityConfiguration}): an operation that needs an account lists the bearer token (and HTTP Basic where the
 * demo allows it); an open operation lists no requirement, or the empty one where logging in shows more (the
 * register gives a logged-in caller more than the public layer).
 */
@Configuration
class ApiSecurityDocumentation {

    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";
    private static final String PREFIX = "/api/v1";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Bean
    OpenApiCustomizer apiSecurity(IdentityProperties properties) {
        boolean basic = properties.apiBasicAuth();
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").description("Een persoonlijke API-sleutel (tb_..., uitgegeven door de beheerder onder "
                            + "Beheer > API-sleutels) of een access token (JWT) van de ingestelde identity provider, "
                            + "bijvoorbeeld verkregen met OAuth2 client credentials."));
            if (basic) {
                openApi.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("Alleen in de demo: gebruikersnaam en wachtwoord bij elke aanroep."));
            } else if (openApi.getComponents().getSecuritySchemes() != null) {
                openApi.getComponents().getSecuritySchemes().remove(BASIC);
            }
            List<SecurityRequirement> needed = basic
                    ? List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(BASIC))
                    : List.of(new SecurityRequirement().addList(BEARER));
            openApi.getPaths().forEach((documented, item) -> {
                String path = documented.startsWith(PREFIX) ? documented : PREFIX + (documented.equals("/") ? "" : documented);
                item.readOperationsMap().forEach((method, operation) -> {
                    if (open(method.name(), path)) {
                        operation.setSecurity(null);
                        if (optional(path)) {
                            List<SecurityRequirement> either = new java.util.ArrayList<>(needed);
                            either.add(new SecurityRequirement());
                            operation.setSecurity(either);
                        }
                    } else {
                        operation.setSecurity(needed);
                    }
                });
            });
        };
    }

    /** Whether anyone may call this operation (the same patterns as the filter chain). */
    static boolean open(String method, String path) {
        if (matches(path, SecurityConfiguration.STAFF_REPORT_API)) {
            return false;
        }
        if ((method.equals("GET") || method.equals("HEAD")) && matches(path, SecurityConfiguration.PUBLIC_API)) {
            return true;
        }
        return method.equals("POST") && path.equals(PREFIX + "/reports");
    }

    /** Open operations that show a logged-in caller more. */
    static boolean optional(String path) {
        return path.startsWith(PREFIX + "/facilities");
    }

    private static boolean matches(String path, String[] patterns) {
        // a documented path has {variables}: they match a pattern's * as any value would
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        for (String pattern : patterns) {
            if (PATHS.match(pattern, concrete)) {
                return true;
            }
        }
        return false;
    }
}
