package testsupport.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A minimal OpenID Connect provider (Spring Authorization Server) for tests, started as its own
 * {@link SpringApplication}. It lives outside {@code nl.thuisbasis} so the application's component scan
 * never sees it, needs no database, and issues ID tokens whose {@code roles} and {@code organisation}
 * claims depend on the user who logs in (see {@link #USERS}).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration",
    "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
    "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"})
public class TestAuthorizationServer {

    public static final String CLIENT_ID = "thuisbasis";
    public static final String CLIENT_SECRET = "thuisbasis-test-secret";
    public static final String PASSWORD = "test-wachtwoord";
    /** An API client with role and organisation claims in its access token, and one without. */
    public static final String API_CLIENT_ID = "koppeling-zaaksysteem";
    public static final String API_CLIENT_WITHOUT_CLAIMS = "koppeling-zonder-rol";
    private static final String API_CLIENT_SECRET = "koppeling-test-secret";

    /** The secret of an API client (each its own: the authorization server refuses two clients with one secret). */
    public static String secretOf(String clientId) {
        return API_CLIENT_SECRET + "-" + clientId;
    }
    /** The session cookie of the provider: both servers run on localhost and cookies ignore the port. */
    public static final String SESSION_COOKIE = "TESTIDP_SESSION";

    /** A user of the identity provider and the Thuisbasis claims their ID token carries. */
    public record TestUser(String username, String name, List<String> roles, String organisation) {
    }

    public static final TestUser MUNICIPAL_OFFICER =
            new TestUser("ingrid", "Ingrid van der Gemeente", List.of("thuisbasis-municipality", "offline_access"), "GM0505");
    public static final TestUser WITHOUT_ROLE =
            new TestUser("zonderrol", "Zonder Rol", List.of("offline_access", "uma_authorization"), "GM0505");
    public static final TestUser UNKNOWN_ORGANISATION =
            new TestUser("elders", "Iemand Elders", List.of("thuisbasis-municipality"), "GM9999");

    static final Map<String, TestUser> USERS = Map.of(MUNICIPAL_OFFICER.username(), MUNICIPAL_OFFICER,
            WITHOUT_ROLE.username(), WITHOUT_ROLE, UNKNOWN_ORGANISATION.username(), UNKNOWN_ORGANISATION);

    /**
     * Starts the provider on {@code port} with issuer {@code http://localhost:port}, accepting
     * {@code redirectUri} for the Thuisbasis client.
     */
    public static ConfigurableApplicationContext start(int port, String redirectUri) {
        SpringApplication application = new SpringApplication(TestAuthorizationServer.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setMainApplicationClass(TestAuthorizationServer.class);
        // Command-line arguments win over the system properties Surefire sets for the application under test.
        return application.run(
                "--server.port=" + port,
                "--testsupport.oidc.issuer=http://localhost:" + port,
                "--testsupport.oidc.redirect-uri=" + redirectUri,
                // do not read the application's application.properties
                "--spring.config.name=testsupport-oidc-provider",
                "--spring.application.name=test-oidc-provider",
                // the application's spring.factories would otherwise start an embedded PostgreSQL here too
                "--thuisbasis.embedded-db.enabled=false",
                "--server.servlet.session.cookie.name=" + SESSION_COOKIE,
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--management.endpoints.access.default=none",
                "--springdoc.api-docs.enabled=false",
                "--springdoc.swagger-ui.enabled=false",
                "--spring.thymeleaf.check-template-location=false");
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(USERS.keySet().stream()
                .map(username -> User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build())
                .toList());
    }

    @Bean
    RegisteredClientRepository registeredClients(@Value("${testsupport.oidc.redirect-uri}") String redirectUri) {
        RegisteredClient thuisbasis = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
        return new InMemoryRegisteredClientRepository(thuisbasis, apiClient(API_CLIENT_ID), apiClient(API_CLIENT_WITHOUT_CLAIMS));
    }

    /** A system that calls the Thuisbasis API with a token it gets by OAuth2 client credentials. */
    private static RegisteredClient apiClient(String clientId) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secretOf(clientId))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("thuisbasis.api")
                .build();
    }

    /** Role and organisation claims in the ID token, as a Keycloak mapper would add them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> thuisbasisClaims() {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    && API_CLIENT_ID.equals(context.getRegisteredClient().getClientId())) {
                // as a Keycloak service account with a role mapper and an organisation attribute would have them
                context.getClaims().claim("roles", List.of("thuisbasis-municipality")).claim("organisation", "GM0505");
                return;
            }
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            TestUser user = USERS.get(context.getPrincipal().getName());
            if (user != null) {
                context.getClaims()
                        .claim("preferred_username", user.username())
                        .claim("name", user.name())
                        .claim("roles", user.roles())
                        .claim("organisation", user.organisation());
            }
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${testsupport.oidc.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keyPair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }
}
