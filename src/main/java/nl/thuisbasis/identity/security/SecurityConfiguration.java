package nl.thuisbasis.identity.security;

import nl.thuisbasis.identity.IdentityProperties;
import nl.thuisbasis.identity.Role;
import java.util.List;
import nl.thuisbasis.identity.account.JwtAccounts;
import nl.thuisbasis.identity.token.ApiTokens;
import nl.thuisbasis.platform.ApiProblems;
import nl.thuisbasis.platform.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: public reference data is open, the rest
 * needs a bearer token (a personal API token or an access token of the configured identity provider, see
 * {@link BearerTokens}), or HTTP Basic where {@code thuisbasis.identity.api-basic-auth} allows it (the demo), and no
 * session cookie is ever read there, so it needs no CSRF token.
 * The web UI uses form login (or OpenID Connect), CSRF tokens, a strict Content Security Policy and
 * secure session cookies.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String BEARER_CHALLENGE = "Bearer realm=\"Thuisbasis API\"";
    static final String BASIC_CHALLENGE = "Basic realm=\"Thuisbasis API\"";

    /** Pages and resources anyone may see. */
    static final String[] PUBLIC_PAGES = {"/", "/gebieden/**", "/login", "/error", "/toegankelijkheid", "/api-documentatie", "/css/**",
        "/js/**", "/vendor/**", "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/swagger-ui/**", "/voorzieningen", "/voorzieningen/kaart", "/voorzieningen/kaart/**", "/voorzieningen/tabel",
        "/voorzieningen/tabel/**", "/voorzieningen/export.csv", "/ogc", "/ogc/**",
        "/melden", "/melden/**"};

    /** Open reference data in the API (CBS open data). */
    static final String[] PUBLIC_API = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/ui", "/api/v1/ui/**",
        "/api/v1/swagger-ui/**",
        "/api/v1/regions", "/api/v1/regions/**", "/api/v1/municipalities", "/api/v1/municipalities/**",
        "/api/v1/neighbourhoods", "/api/v1/neighbourhoods/**",
        // the register filters per viewer itself: anonymous callers get the public layer only
        "/api/v1/facilities", "/api/v1/facilities/*",
        "/api/v1/reports/*"};

    /** Report handling by staff: never public, though it shares its prefix with the public tracking URL. */
    static final String[] STAFF_REPORT_API = {"/api/v1/reports/queue", "/api/v1/reports/queue/**",
        "/api/v1/reports/routing-rules", "/api/v1/reports/routing-rules/**", "/api/v1/reports/reply-templates",
        "/api/v1/reports/reply-templates/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiProblems problems, IdentityProperties properties, ApiTokens tokens,
            JwtAccounts jwtAccounts, ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        boolean basic = properties.apiBasicAuth();
        List<String> challenges = basic ? List.of(BEARER_CHALLENGE, BASIC_CHALLENGE) : List.of(BEARER_CHALLENGE);
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problems.unauthorized(request, response,
                e instanceof InvalidBearerTokenException
                        ? List.of(BEARER_CHALLENGE + ", error=\"invalid_token\"") : challenges,
                e instanceof InvalidBearerTokenException ? Problem.of("identity.token.problem.invalid") : null);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // the staff side of reports sits next to the public tracking URL /api/v1/reports/{code}
                        .requestMatchers(STAFF_REPORT_API).authenticated()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        // anyone may report from the neighbourhood; rate limited per client address
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(bearer -> bearer
                        .authenticationManagerResolver(new BearerTokens(tokens, jwtAccounts, jwtDecoder.getIfAvailable()))
                        .authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'")));
        if (basic) {
            // a demo convenience: every call costs a BCrypt comparison; API clients use a bearer token
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(unauthorized));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, IdentityProperties properties,
            ObjectProvider<ClientRegistrationRepository> clients, OAuth2UserService<OidcUserRequest, OidcUser> oidcAccounts,
            nl.thuisbasis.platform.MapProperties maps) throws Exception {
        String tileUrl = maps.tileUrl();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.POST, "/melden", "/melden/volgen/heropenen").permitAll()
                        .requestMatchers("/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/beheer/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/start").failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?uitgelogd"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // no session for who is not logged in: the CSRF token of a public form (a neighbour's report) and the
                // page to return to after login live in cookies, so a visitor, a crawler or a 404 opens no session
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookies()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (properties.oidc().enabled() && clients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login").defaultSuccessUrl("/start")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .failureUrl("/login?oidcfout"));
        }
        return http.build();
    }

    /**
     * The CSRF token in an HttpOnly cookie (pages carry it in a meta tag for htmx), SameSite like the session cookie,
     * and Secure when the request came over HTTPS (behind the proxy: server.forward-headers-strategy).
     */
    static CookieCsrfTokenRepository csrfCookies() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("thuisbasis-csrf");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return repository;
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof LockedException ? "/login?geblokkeerd" : "/login?fout"));
    }

    /** Map tiles may come from the configured tile server; everything else only from this origin. */
    static String contentSecurityPolicy(String tileUrl) {
        String tileOrigin = "";
        if (tileUrl != null && tileUrl.startsWith("http")) {
            java.net.URI uri = java.net.URI.create(tileUrl.replace("{", "").replace("}", ""));
            tileOrigin = " " + uri.getScheme() + "://" + uri.getAuthority();
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tileOrigin
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self'";
    }

}
