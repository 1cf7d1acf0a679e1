package nl.thuisbasis.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Personal API tokens end to end: an administrator issues one on the page (shown once, stored only as a hash), an API
 * client calls with it as a bearer token and acts as its account, without a row in the processing log per call; a
 * revoked, expired or unknown token gets 401 problem+json with a Bearer challenge; a refused form issues nothing.
 * HTTP Basic on the API (the demo's convenience) logs no successful login per call either.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";
    static final String API = "/api/v1/outflow/candidates";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    private CurrentUser admin() {
        return (CurrentUser) accounts.loadUserByUsername("beheerder");
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private MvcResult issue(String account, String name, String expiresOn, String onceToken) throws Exception {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/beheer/api-sleutels").with(user(admin())).with(csrf())
                .param("account", account).param("name", name).param("expiresOn", expiresOn).param("onceToken", onceToken);
        return mvc.perform(post).andReturn();
    }

    private String issued(String account, String name) throws Exception {
        MvcResult result = issue(account, name, today().plusDays(30).toString(), UUID.randomUUID().toString());
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/beheer/api-sleutels?uitgegeven=");
        return (String) result.getFlashMap().get("issuedToken");
    }

    private MvcResult call(String authorization) throws Exception {
        MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get(API).accept("application/json");
        if (authorization != null) {
            get.header("Authorization", authorization);
        }
        return mvc.perform(get).andReturn();
    }

    private long logins(String actor) {
        return jdbc.sql("select count(*) from processing_log where action = 'LOGIN' and actor = ?").param(actor)
                .query(Long.class).single();
    }

    @Test
    void an_issued_token_acts_for_its_account_without_a_log_row_per_call() throws Exception {
        String token = issued("gemeente", "Koppeling zaaksysteem " + UUID.randomUUID());
        assertThat(token).startsWith("tb_").hasSizeGreaterThan(40);
        // only a hash is kept
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or hint = ?").params(token, token)
                .query(Long.class).single()).isZero();
        long before = logins("gemeente");

        for (int i = 0; i < 3; i++) {
            MvcResult result = call("Bearer " + token);
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getCookies()).isEmpty();
            assertThat(result.getRequest().getSession(false)).isNull();
        }
        assertThat(logins("gemeente")).isEqualTo(before);
        assertThat(jdbc.sql("select last_used_on from api_token where hint = ?").param(token.substring(0, 8))
                .query(java.sql.Date.class).single().toLocalDate()).isEqualTo(today());
        // issuing is in the log, under the administrator
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'identity.api-token.issue' and actor = 'beheerder' "
                + "and object_id = 'gemeente'").query(Long.class).single()).isPositive();
    }

    @Test
    void the_token_has_the_rights_of_its_account_only() throws Exception {
        String token = issued("regio", "Dashboard regio " + UUID.randomUUID());
        // region coordinators do not read candidates (see the authorization matrix)
        assertThat(call("Bearer " + token).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        String token = issued("gemeente", "Tijdelijk " + UUID.randomUUID());
        assertThat(call("Bearer " + token).getResponse().getStatus()).isEqualTo(200);
        UUID id = jdbc.sql("select id from api_token where token_hash = ?").param(ApiTokens.hash(token)).query(UUID.class).single();

        MvcResult revoke = mvc.perform(MockMvcRequestBuilders.post("/beheer/api-sleutels/" + id + "/intrekken")
                .with(user(admin())).with(csrf())).andReturn();
        assertThat(revoke.getResponse().getRedirectedUrl()).isEqualTo("/beheer/api-sleutels?ingetrokken=" + id);

        MvcResult refused = call("Bearer " + token);
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(refused.getResponse().getHeaders("WWW-Authenticate")).anySatisfy(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
        assertThat(refused.getResponse().getContentAsString()).contains("\"code\":\"unauthorized\"").contains("ingetrokken");
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'identity.api-token.revoke' and actor = 'beheerder'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void an_expired_or_unknown_token_is_refused() throws Exception {
        String token = issued("gemeente", "Verloopt " + UUID.randomUUID());
        jdbc.sql("update api_token set expires_on = ? where token_hash = ?")
                .params(java.sql.Date.valueOf(today().minusDays(1)), ApiTokens.hash(token)).update();
        assertThat(call("Bearer " + token).getResponse().getStatus()).isEqualTo(401);
        assertThat(call("Bearer tb_" + "A".repeat(43)).getResponse().getStatus()).isEqualTo(401);
        // not a personal token and no identity provider configured: refused the same way
        MvcResult jwt = call("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        assertThat(jwt.getResponse().getStatus()).isEqualTo(401);
        assertThat(jwt.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void without_credentials_the_challenge_names_bearer_and_the_demo_basic() throws Exception {
        MvcResult result = call(null);
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeaders("WWW-Authenticate")).anyMatch(c -> c.startsWith("Bearer realm="))
                .anyMatch(c -> c.startsWith("Basic realm="));
    }

    @Test
    void basic_on_the_api_logs_no_login_per_call_but_does_log_a_wrong_password() throws Exception {
        long before = logins("corporatie");
        for (int i = 0; i < 2; i++) {
            MvcResult ok = mvc.perform(MockMvcRequestBuilders.get("/api/v1/outflow/vacancies").with(httpBasic("corporatie", PASSWORD)))
                    .andReturn();
            assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        }
        assertThat(logins("corporatie")).isEqualTo(before);

        MvcResult wrong = mvc.perform(MockMvcRequestBuilders.get("/api/v1/outflow/vacancies")
                .with(httpBasic("corporatie", "fout-wachtwoord"))).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(logins("corporatie")).isEqualTo(before + 1);
        // a correct login afterwards resets the count, so the wrong one does not count towards a lock-out forever
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/outflow/vacancies").with(httpBasic("corporatie", PASSWORD))).andReturn();
        assertThat(jdbc.sql("select failed_attempts from app_user where username = 'corporatie'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void a_refused_form_issues_nothing_and_says_what_is_wrong_at_each_field() throws Exception {
        long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();

        MvcResult empty = issue("", "", "", UUID.randomUUID().toString());
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        String page = empty.getResponse().getContentAsString();
        assertThat(page).contains("error-summary").contains("Kies het account").contains("Schrijf waarvoor")
                .contains("Kies tot wanneer");

        assertThat(issue("gemeente", "x", today().toString(), UUID.randomUUID().toString()).getResponse().getContentAsString())
                .contains("een dag na vandaag");
        assertThat(issue("gemeente", "x", today().plusDays(400).toString(), UUID.randomUUID().toString()).getResponse()
                .getContentAsString()).contains("hoogstens 366 dagen");
        assertThat(issue("gemeente", "x", "31-02-2027", UUID.randomUUID().toString()).getResponse().getStatus()).isEqualTo(422);
        assertThat(issue("niemand-" + UUID.randomUUID(), "x", today().plusDays(3).toString(), UUID.randomUUID().toString())
                .getResponse().getContentAsString()).contains("Dit account bestaat niet");
        assertThat(issue("gemeente", "x".repeat(101), today().plusDays(3).toString(), UUID.randomUUID().toString())
                .getResponse().getStatus()).isEqualTo(422);

        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_double_tap_issues_one_token() throws Exception {
        String once = UUID.randomUUID().toString();
        String name = "Dubbel " + UUID.randomUUID();
        MvcResult first = issue("gemeente", name, today().plusDays(10).toString(), once);
        MvcResult second = issue("gemeente", name, today().plusDays(10).toString(), once);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(jdbc.sql("select count(*) from api_token where name = ?").param(name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void only_administrators_see_the_page() throws Exception {
        CurrentUser municipality = (CurrentUser) accounts.loadUserByUsername("gemeente");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/beheer/api-sleutels").with(user(municipality))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/beheer/api-sleutels").with(user(admin()))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        // a consequential field starts empty: the end date is the administrator's choice
        assertThat(page.getResponse().getContentAsString()).containsPattern("name=\"expiresOn\"[^>]*value=\"\"|value=\"\"[^>]*name=\"expiresOn\"|id=\"expiresOn\"(?![^>]*value=\"[0-9])");
    }
}
