package nl.thuisbasis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import testsupport.oidc.TestAuthorizationServer;

/**
 * An API client with an access token of the identity provider: a real OAuth2 authorization server (Spring Authorization
 * Server, {@link TestAuthorizationServer}) issues a JWT by the client-credentials grant, and Thuisbasis, configured with
 * that issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), accepts it: the client gets an account
 * from the token's role and organisation claims on its first call (one row in the processing log), and no row after.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ApiClientCredentialsTest {

    private static final int PROVIDER_PORT = freePort();
    private static final String ISSUER = "http://localhost:" + PROVIDER_PORT;
    private static ConfigurableApplicationContext provider;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestAuthorizationServer.start(PROVIDER_PORT, "http://localhost:1/unused");
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @Test
    void a_client_credentials_token_acts_for_the_client_with_the_role_and_organisation_of_its_claims() throws Exception {
        String token = clientCredentials(TestAuthorizationServer.API_CLIENT_ID);

        for (int i = 0; i < 3; i++) {
            MvcResult result = call("Bearer " + token);
            assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
            assertThat(result.getRequest().getSession(false)).isNull();
        }
        assertThat(jdbc.sql("select role from app_user where external_subject = ?")
                .param(ISSUER + "|" + TestAuthorizationServer.API_CLIENT_ID).query(String.class).single()).isEqualTo("MUNICIPALITY");
        // the first call gave the client its account: that is in the log, once; the calls are not
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'LOGIN' and actor = ?")
                .param(TestAuthorizationServer.API_CLIENT_ID).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_token_without_a_known_role_or_a_forged_token_is_refused() throws Exception {
        String withoutClaims = clientCredentials(TestAuthorizationServer.API_CLIENT_WITHOUT_CLAIMS);
        MvcResult refused = call("Bearer " + withoutClaims);
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(refused.getResponse().getHeader("WWW-Authenticate")).contains("invalid_token");

        String token = clientCredentials(TestAuthorizationServer.API_CLIENT_ID);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("GM0505", "GM0590").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(call("Bearer " + forged).getResponse().getStatus()).isEqualTo(401);
    }

    private MvcResult call(String authorization) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/outflow/candidates").header("Authorization", authorization))
                .andReturn();
    }

    /** The client-credentials grant, as an API client does it. */
    private static String clientCredentials(String clientId) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + TestAuthorizationServer.secretOf(clientId))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=thuisbasis.api")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
