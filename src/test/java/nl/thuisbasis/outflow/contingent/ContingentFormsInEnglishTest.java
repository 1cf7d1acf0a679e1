package nl.thuisbasis.outflow.contingent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisbasis.identity.CurrentUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import testsupport.DemoApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contingent page and API in English: a refused contingent and a refused stock show their problems in English next
 * to their fields and in the summary, and nothing is stored; the API names each field. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@DisplayName("Contingent and stock forms in English")
class ContingentFormsInEnglishTest {

    static final String REGION = "drechtsteden-alblasserwaard";
    static final int YEAR = 2031;

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void a_refused_contingent_reads_in_english_next_to_its_fields_and_is_not_recorded() throws Exception {
        MvcResult unreadable = post("regio", "/uitstroom/contingenten",
                Map.of("year", String.valueOf(YEAR), "total", "veel", "decidedBy", "", "action", "decide"));
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(422);
        String html = html(unreadable);
        assertThat(html).contains("The total is a whole number.").doesNotContain("Het totaal").doesNotContain("Geef het totaal");
        assertInvalid(html, "input", "total");
        assertThat(html).contains("href=\"#total\"");
        assertThat(tag(html, "input", "total")).contains("value=\"veel\"");

        MvcResult range = post("regio", "/uitstroom/contingenten", Map.of("year", String.valueOf(YEAR), "total", "0", "action", "preview"));
        assertThat(range.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(range)).contains("The total must be between 1 and 100,000.").doesNotContain("moet tussen");

        MvcResult who = post("regio", "/uitstroom/contingenten",
                Map.of("year", String.valueOf(YEAR), "total", "50", "decidedBy", " ", "action", "decide"));
        assertThat(who.getResponse().getStatus()).isEqualTo(422);
        html = html(who);
        assertThat(html).contains("Give who decided the contingent and when").doesNotContain("Geef wie het contingent");
        assertInvalid(html, "input", "decidedBy");
        assertThat(html).contains("href=\"#decidedBy\"");
        assertThat(jdbc.sql("select count(*) from contingent where year = ?").param(YEAR).query(Long.class).single()).isZero();

        // a year the page does not show (a hidden field) links to the year chooser
        MvcResult year = post("regio", "/uitstroom/contingenten", Map.of("year", "1800", "total", "50", "action", "preview"));
        assertThat(year.getResponse().getStatus()).isEqualTo(422);
        html = html(year);
        assertThat(html).contains("Give a year between 2000 and 2100.").contains("href=\"#year\"");
        assertInvalid(html, "select", "year");

        // a preview in English: the formula too
        MvcResult preview = post("regio", "/uitstroom/contingenten", Map.of("year", String.valueOf(YEAR), "total", "50", "action", "preview"));
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(preview)).contains("largest-remainder").doesNotContain("grootste overschotten;");
    }

    @Test
    void a_refused_stock_reads_in_english_next_to_its_fields_and_is_not_stored() throws Exception {
        long before = jdbc.sql("select count(*) from corporation_stock").query(Long.class).single();
        MvcResult result = post("regio", "/uitstroom/contingenten/voorraad", Map.of("year", String.valueOf(YEAR),
                "municipality", "GM9999", "corporation", "leger-des-heils", "dwellings", "-5"));
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = html(result);
        assertThat(html).contains("Choose a municipality of the region.").contains("Choose a housing corporation.")
                .contains("Give the number of social rental dwellings (0 or more).");
        assertThat(html).doesNotContain("Kies een gemeente").doesNotContain("woningcorporatie").doesNotContain("sociale huurwoningen (0");
        assertInvalid(html, "select", "municipality");
        assertInvalid(html, "select", "corporation");
        assertInvalid(html, "input", "dwellings");
        assertThat(html).contains("href=\"#municipality\"").contains("href=\"#corporation\"").contains("href=\"#dwellings\"");

        MvcResult unreadable = post("regio", "/uitstroom/contingenten/voorraad", Map.of("year", String.valueOf(YEAR),
                "municipality", "GM0505", "corporation", "trivire", "dwellings", "many"));
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(unreadable)).contains("The number of dwellings is a whole number.").doesNotContain("Het aantal woningen");

        // a corporation enters its own stock only
        MvcResult other = post("corporatie", "/uitstroom/contingenten/voorraad", Map.of("year", String.valueOf(YEAR),
                "municipality", "GM0505", "corporation", "alwel", "dwellings", "100"));
        assertThat(other.getResponse().getStatus()).isEqualTo(422);
        html = html(other);
        assertThat(html).contains("You enter the stock of your own corporation only.").doesNotContain("eigen corporatie");
        assertInvalid(html, "select", "corporation");
        assertThat(jdbc.sql("select count(*) from corporation_stock").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_api_names_each_field_of_a_refused_stock_in_the_readers_language() {
        DemoApi api = new DemoApi(tester, json);
        var refused = tester.put().uri("/api/v1/outflow/corporation-stock")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("regio", DemoApi.PASSWORD))
                .header("Accept-Language", "en").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"region\": \"" + REGION + "\", \"year\": 1800, \"municipality\": \"GM9999\", "
                        + "\"corporation\": \"leger-des-heils\", \"dwellings\": -4}").exchange();
        assertThat(refused).hasStatus(422);
        var body = api.body(refused);
        assertThat(body.path("code").asString()).isEqualTo("contingent-refused");
        assertThat(body.path("errors").valueStream().map(e -> e.path("name").asString()))
                .containsExactly("year", "municipality", "corporation", "dwellings");
        assertThat(body.path("detail").asString()).contains("Give a year between 2000 and 2100.").doesNotContain("Geef");
    }

    static void assertInvalid(String html, String element, String id) {
        String tag = tag(html, element, id);
        assertThat(tag).as("%s #%s", element, id).contains("aria-invalid=\"true\"");
        assertThat(tag).as("%s #%s", element, id).containsPattern("aria-describedby=\"[^\"]*" + Pattern.quote(id) + "-error");
        assertThat(html).contains("id=\"" + id + "-error\"");
    }

    static String tag(String html, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("<%s id=\"%s\">", element, id).isTrue();
        return m.group();
    }

    MvcResult post(String username, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).param("lang", "en").with(user(account(username)))
                .with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
