package nl.thuisbasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Reporting from the neighbourhood")
class ReportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MvcResult submit(String from, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn();
    }

    @Test
    void a_neighbour_reports_via_a_report_card_without_login_and_follows_it_with_the_code() throws Exception {
        String facility = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        String card = facility.substring(0, 8);
        MvcResult form = mvc.perform(MockMvcRequestBuilders.get("/melden?locatie=" + card)).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Skaeve Huse Kerkeplaat");

        MvcResult sent = mvc.perform(MockMvcRequestBuilders.post("/melden").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("127.0.0.21");
                    return request;
                })
                .param("cardCode", card).param("category", "NOISE").param("description", "Harde muziek na middernacht")).andReturn();
        assertThat(sent.getResponse().getStatus()).as("post-redirect-get").isEqualTo(302);
        String thanks = sent.getResponse().getRedirectedUrl();
        assertThat(thanks).matches("/melden/bedankt/[A-Z0-9]{8}");
        String page = mvc.perform(MockMvcRequestBuilders.get(thanks)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = page.replaceAll("(?s).*data-testid=\"tracking-code\">([A-Z0-9]{8})<.*", "$1");
        assertThat(code).matches("[A-Z0-9]{8}");
        assertThat(jdbc.sql("select facility_id::text from report where tracking_code = ?").param(code).query(String.class).single())
                .isEqualTo(facility);
        // the thank-you page says to keep the code and by when an answer comes; the follow page shows the dates
        java.time.LocalDate answerBy = jdbc.sql("select acknowledge_by from report where tracking_code = ?").param(code)
                .query(java.time.LocalDate.class).single();
        java.time.LocalDate resolveBy = jdbc.sql("select resolve_by from report where tracking_code = ?").param(code)
                .query(java.time.LocalDate.class).single();
        java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        assertThat(page).contains("Bewaar deze code goed", "U krijgt uiterlijk " + answerBy.format(dutch) + " een eerste reactie",
                "uiterlijk " + resolveBy.format(dutch) + " afgehandeld");
        String followed = mvc.perform(MockMvcRequestBuilders.get("/melden/volgen?code=" + code)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(followed).contains("Ontvangen", "Laatst gewijzigd", "Eerste reactie uiterlijk", answerBy.format(dutch),
                "Afgehandeld uiterlijk", resolveBy.format(dutch));
        String english = mvc.perform(MockMvcRequestBuilders.get(thanks + "?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Keep this code safe", "You will get a first answer by").doesNotContain("Bewaar", "uiterlijk");
        String followedInEnglish = mvc.perform(MockMvcRequestBuilders.get("/melden/volgen?lang=en&code=" + code)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(followedInEnglish).contains("Last changed", "First answer by", "Dealt with by")
                .doesNotContain("Laatst gewijzigd", "uiterlijk");

        MvcResult tracked = mvc.perform(MockMvcRequestBuilders.get("/api/v1/reports/" + code)).andReturn();
        assertThat(tracked.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(tracked.getResponse().getContentAsByteArray()).path("status").asString()).isEqualTo("RECEIVED");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/melden/volgen?code=" + code)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("data-status=\"RECEIVED\"");
    }

    @Test
    void the_card_of_a_location_that_is_not_public_does_not_name_it_and_a_secret_one_has_no_card() throws Exception {
        String sterrenburg = jdbc.sql("select id::text from facility where name = 'Tussenvoorziening Sterrenburg'").query(String.class).single();
        String page = mvc.perform(MockMvcRequestBuilders.get("/melden?locatie=" + sterrenburg.substring(0, 8))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("Sterrenburg").contains("de locatie van deze meldkaart");
        String secret = jdbc.sql("select id::text from facility where name = 'Opvang huiselijk geweld (geheim adres)'").query(String.class).single();
        String secretPage = mvc.perform(MockMvcRequestBuilders.get("/melden?locatie=" + secret.substring(0, 8))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(secretPage).doesNotContain("Opvang huiselijk geweld").contains("kennen we niet");
    }

    @Test
    void a_client_sending_too_many_reports_gets_429_with_retry_after_and_wrong_input_changes_nothing() throws Exception {
        String body = "{\"category\": \"LITTER\", \"description\": \"Zakken afval bij de ingang\"}";
        for (int i = 0; i < 5; i++) {
            assertThat(submit("127.0.0.99", body).getResponse().getStatus()).isEqualTo(201);
        }
        MvcResult limited = submit("127.0.0.99", body);
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(submit("127.0.0.100", body).getResponse().getStatus()).isEqualTo(201);

        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        MvcResult wrong = submit("127.0.0.101", "{\"category\": \"BRAND\", \"description\": \"\", \"email\": \"a@b.nl\"}");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrong.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("toestemming");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_stored() throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        MvcResult bot = mvc.perform(MockMvcRequestBuilders.post("/melden").with(csrf())
                .param("category", "NOISE").param("description", "spam").param("website", "http://spam.example")).andReturn();
        assertThat(bot.getResponse().getStatus()).isEqualTo(302);
        assertThat(bot.getResponse().getRedirectedUrl()).isEqualTo("/melden/bedankt");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/melden/bedankt")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Bedankt").doesNotContain("data-testid=\"tracking-code\"");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_refused_report_shows_each_problem_next_to_its_field_in_the_readers_language_and_keeps_what_was_typed()
            throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/melden").with(csrf()).param("lang", "en")
                .with(request -> {
                    request.setRemoteAddr("127.0.0.23");
                    return request;
                })
                .param("locationText", "Bij de bushalte").param("lon", "veel").param("lat", "51.8")
                .param("email", "geen-adres")).andReturn();
        String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(page).contains("id=\"error-summary\"", "href=\"#category\"", "href=\"#description\"", "href=\"#email\"")
                .contains("Choose what your report is about.", "Describe what is going on.", "The e-mail address is not right.",
                        "Enter a number.")
                .doesNotContain("Kies waar uw melding over gaat", "Beschrijf wat er aan de hand is")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"description-error")
                .contains("value=\"Bij de bushalte\"");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_same_form_sent_twice_stores_one_report_and_both_land_on_its_thank_you_page() throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        String token = java.util.UUID.randomUUID().toString();
        String[] thanks = new String[2];
        for (int i = 0; i < 2; i++) {
            MvcResult sent = mvc.perform(MockMvcRequestBuilders.post("/melden").with(csrf())
                    .with(request -> {
                        request.setRemoteAddr("127.0.0.24");
                        return request;
                    })
                    .param("category", "LITTER").param("description", "Afval naast de container").param("onceToken", token))
                    .andReturn();
            assertThat(sent.getResponse().getStatus()).isEqualTo(302);
            thanks[i] = sent.getResponse().getRedirectedUrl();
        }
        assertThat(thanks[1]).isEqualTo(thanks[0]);
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void an_api_call_repeated_with_the_same_idempotency_key_stores_one_report_and_answers_the_same_code() throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        String key = java.util.UUID.randomUUID().toString();
        String body = "{\"category\": \"NOISE\", \"description\": \"Geluid bij de ingang\"}";
        String[] codes = new String[2];
        for (int i = 0; i < 2; i++) {
            MvcResult sent = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", key).content(body).with(request -> {
                        request.setRemoteAddr("127.0.0.25");
                        return request;
                    })).andReturn();
            assertThat(sent.getResponse().getStatus()).isEqualTo(201);
            codes[i] = json.readTree(sent.getResponse().getContentAsByteArray()).path("trackingCode").asString();
            assertThat(sent.getResponse().getHeader("Location")).endsWith("/api/v1/reports/" + codes[i]);
        }
        assertThat(codes[1]).isEqualTo(codes[0]);
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before + 1);

        // without a key every call is a report of its own; a refused call with a key stores nothing, not even the key
        assertThat(submit("127.0.0.25", body).getResponse().getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before + 2);
        String refusedKey = java.util.UUID.randomUUID().toString();
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", refusedKey).content("{\"category\": \"NOISE\"}").with(request -> {
                    request.setRemoteAddr("127.0.0.26");
                    return request;
                })).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from form_submission where token = ?").param(refusedKey).query(Long.class).single())
                .isZero();
        MvcResult tooLong = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "k".repeat(81)).content(body).with(request -> {
                    request.setRemoteAddr("127.0.0.27");
                    return request;
                })).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before + 2);
    }

    @Autowired
    nl.thuisbasis.region.RegionCatalog catalog;

    @Test
    void the_public_figures_offer_every_municipality_of_the_region_by_name_and_never_say_null() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/melden/cijfers")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (nl.thuisbasis.region.Region region : catalog.regions()) {
            assertThat(page).contains("<option value=\"" + region.code() + "\"");
            for (String code : region.municipalityCodes()) {
                assertThat(page).contains("<option value=\"" + code + "\">" + catalog.area(code).orElseThrow().name() + "</option>");
            }
        }
        assertThat(page).doesNotContain("null").contains("Meldingen in de gemeenten van Drechtsteden/Alblasserwaard in ")
                .containsPattern("<option value=\"drechtsteden-alblasserwaard\"\\s+selected[^>]*>Drechtsteden/Alblasserwaard \\(alle gemeenten\\)</option>");

        String dordrecht = mvc.perform(MockMvcRequestBuilders.get("/melden/cijfers?gemeente=GM0505&lang=en")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dordrecht).doesNotContain("null").contains("Reports in Dordrecht in ")
                .containsPattern("<option value=\"GM0505\"\\s+selected[^>]*>Dordrecht</option>");
    }
}
