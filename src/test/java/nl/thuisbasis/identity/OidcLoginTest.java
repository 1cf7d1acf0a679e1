package nl.thuisbasis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.audit.ProcessingLogEntry;
import nl.thuisbasis.audit.ProcessingLogQuery;
import nl.thuisbasis.platform.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import testsupport.oidc.TestAuthorizationServer;
import testsupport.oidc.TestAuthorizationServer.TestUser;

/**
 * OpenID Connect login end to end: a real OIDC provider (Spring Authorization Server, see
 * {@link TestAuthorizationServer}) runs next to Thuisbasis, and a plain HTTP client with a cookie jar
 * walks the authorization-code flow the way a browser would.
 *
 * <p>Both servers need each other's address before they start (the provider registers the app's redirect
 * URI, the app discovers the provider through its issuer URI), so both ports are chosen up front and the
 * app runs on a {@link WebEnvironment#DEFINED_PORT defined port}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@DirtiesContext
class OidcLoginTest {

    private static final int APP_PORT = freePort();
    private static final int PROVIDER_PORT = freePort();
    private static final String APP = "http://localhost:" + APP_PORT;
    private static final String ISSUER = "http://localhost:" + PROVIDER_PORT;
    private static final String REDIRECT_URI = APP + "/login/oauth2/code/keycloak";

    private static ConfigurableApplicationContext provider;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessingLog processingLog;

    @Autowired
    Messages messages;

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        // runs before the application context is built: the app reads the provider's discovery document on start
        startProvider();
        registry.add("server.port", () -> APP_PORT);
        // The test talks plain http to localhost, and a cookie marked Secure is never sent over http (neither by
        // java.net.CookieManager nor by a browser). Production keeps the default Secure session cookie.
        registry.add("server.servlet.session.cookie.secure", () -> "false");
        registry.add("thuisbasis.identity.oidc.enabled", () -> "true");
        registry.add("spring.security.oauth2.client.registration.keycloak.client-id", () -> TestAuthorizationServer.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.keycloak.client-secret",
                () -> TestAuthorizationServer.CLIENT_SECRET);
        registry.add("spring.security.oauth2.client.registration.keycloak.client-authentication-method",
                () -> "client_secret_basic");
        registry.add("spring.security.oauth2.client.registration.keycloak.authorization-grant-type",
                () -> "authorization_code");
        registry.add("spring.security.oauth2.client.registration.keycloak.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", () -> ISSUER);
    }

    private static synchronized void startProvider() {
        if (provider == null) {
            provider = TestAuthorizationServer.start(PROVIDER_PORT, REDIRECT_URI);
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @Test
    void loginPageOffersLoginThroughTheOrganisation() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(APP + "/login");

        assertThat(page.statusCode()).isEqualTo(200);
        String link = element(page.body(), "<a [^>]*id=\"oidc-login\"[^>]*>[^<]*</a>");
        assertThat(link).contains("href=\"/oauth2/authorization/keycloak\"").contains("Inloggen via uw organisatie");
    }

    @Test
    void loginThroughTheProviderCreatesTheUserAndLogsTheLogin() {
        TestUser ingrid = TestAuthorizationServer.MUNICIPAL_OFFICER;
        Browser browser = new Browser();

        HttpResponse<String> end = browser.loginThroughProvider(ingrid);

        // app -> provider's authorization endpoint -> provider's login form -> back to the app with a code -> app
        URI authorize = browser.visited("/oauth2/authorize");
        assertThat(authorize.toString()).startsWith(ISSUER + "/oauth2/authorize?");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("client_id", TestAuthorizationServer.CLIENT_ID)
                .containsEntry("response_type", "code")
                .containsEntry("redirect_uri", REDIRECT_URI);
        assertThat(query.get("scope")).contains("openid");
        URI callback = browser.visited("/login/oauth2/code/keycloak");
        assertThat(callback.toString()).startsWith(REDIRECT_URI + "?");
        assertThat(query(callback)).containsKeys("code", "state");
        assertThat(end.uri().toString()).startsWith(APP + "/").doesNotContain("/login");
        assertThat(end.statusCode()).isEqualTo(200);

        // logged in: the header names the user and the role from the token's roles claim
        HttpResponse<String> home = browser.get(APP + "/");
        String currentUser = text(element(home.body(), "<span [^>]*data-testid=\"current-user\".*?</span>\\)</span>"));
        assertThat(currentUser).isEqualTo(ingrid.name() + " (gemeente)");

        String subject = ISSUER + "|" + ingrid.username();
        Map<String, Object> user = jdbc.sql("""
                select u.username, u.display_name, u.role, u.password_hash, o.code as organisation
                from app_user u join organisation o on o.id = u.organisation_id where u.external_subject = ?
                """).param(subject).query().singleRow();
        assertThat(user).containsEntry("username", ingrid.username())
                .containsEntry("display_name", ingrid.name())
                .containsEntry("role", Role.MUNICIPALITY.name())
                .containsEntry("organisation", "GM0505")
                .containsEntry("password_hash", null);

        // exactly one entry per login
        Map<String, Object> login = jdbc.sql("""
                select actor_organisation, outcome, details from processing_log where action = 'LOGIN' and actor = ?
                """).param(ingrid.username()).query().singleRow();
        assertThat(login).containsEntry("actor_organisation", "GM0505")
                .containsEntry("outcome", "SUCCESS")
                .containsEntry("details", "OpenID Connect");
    }

    @Test
    void loginWithoutAKnownRoleIsRefused() {
        assertRefused(TestAuthorizationServer.WITHOUT_ROLE, "geen bekende rol");
    }

    @Test
    void loginWithAnUnknownOrganisationIsRefused() {
        assertRefused(TestAuthorizationServer.UNKNOWN_ORGANISATION, "onbekende organisatie");
    }

    private void assertRefused(TestUser testUser, String reason) {
        Browser browser = new Browser();

        HttpResponse<String> end = browser.loginThroughProvider(testUser);

        assertThat(browser.visited("/login/oauth2/code/keycloak").toString()).startsWith(REDIRECT_URI + "?");
        assertThat(end.uri().toString()).isEqualTo(APP + "/login?oidcfout");
        assertThat(end.body()).contains("Inloggen via uw organisatie is niet gelukt");
        assertThat(browser.get(APP + "/").body()).doesNotContain("data-testid=\"current-user\"");

        String subject = ISSUER + "|" + testUser.username();
        assertThat(jdbc.sql("select count(*) from app_user where external_subject = ? or username = ?")
                .params(subject, testUser.username()).query(Long.class).single()).isZero();
        ProcessingLogEntry refused = processingLog.search(new ProcessingLogQuery(subject, "LOGIN", null, null, null,
                null, 1)).getFirst();
        assertThat(refused.actor()).isEqualTo(subject);
        assertThat(refused.outcome()).isEqualTo("FAILURE");
        // the reason is stored as a message key with its claim; the log page shows it in the reader's language
        assertThat(messages.text(refused.detailsMessage(), Messages.DUTCH)).contains(reason);
    }

    /** A minimal browser: keeps cookies per host, follows redirects itself and remembers where it went. */
    private static final class Browser {

        private static final int MAX_REDIRECTS = 10;

        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final List<URI> visited = new ArrayList<>();

        HttpResponse<String> loginThroughProvider(TestUser user) {
            HttpResponse<String> loginForm = get(APP + "/oauth2/authorization/keycloak");
            assertThat(loginForm.uri().toString()).isEqualTo(ISSUER + "/login");
            assertThat(loginForm.statusCode()).isEqualTo(200);
            String form = element(loginForm.body(), "<form.*?</form>");
            return post(loginForm.uri(), Map.of(
                    "username", user.username(),
                    "password", TestAuthorizationServer.PASSWORD,
                    "_csrf", inputValue(form, "_csrf")));
        }

        HttpResponse<String> get(String uri) {
            return follow(HttpRequest.newBuilder(URI.create(uri)).GET());
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return follow(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** The first visited address with this path. */
        URI visited(String path) {
            return visited.stream().filter(uri -> path.equals(uri.getPath())).findFirst()
                    .orElseThrow(() -> new AssertionError("never visited " + path + ", only " + visited));
        }

        private HttpResponse<String> follow(HttpRequest.Builder request) {
            HttpResponse<String> response = send(request);
            for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
                URI from = response.uri();
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new AssertionError("redirect without Location from " + from));
                response = send(HttpRequest.newBuilder(from.resolve(location)).GET());
            }
            assertThat(response.statusCode()).as("status of %s", response.uri()).isLessThan(300);
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) {
            HttpRequest request = builder.header("Accept", "text/html").header("Accept-Language", "nl")
                    .timeout(Duration.ofSeconds(20)).build();
            visited.add(request.uri());
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String element(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("%s in%n%s", regex, html).isTrue();
        return matcher.group();
    }

    private static String inputValue(String form, String name) {
        String input = element(form, "<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>");
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input);
        assertThat(value.find()).as("value of %s", input).isTrue();
        return HtmlUtils.htmlUnescape(value.group(1));
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ")
                .replace("( ", "(").replace(" )", ")").trim();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(uri).build().getQueryParams().forEach((name, values) -> parameters.put(name,
                values.isEmpty() || values.get(0) == null ? "" : java.net.URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
        return parameters;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
