package nl.thuisbasis.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Refused oversight input: each problem at its field, in the reader's language, and never a 500")
class OversightRefusalsIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    private UserDetails demo(String name) {
        return users.loadUserByUsername(name);
    }

    private String facility(String name) {
        return jdbc.sql("select id::text from facility where name = ?").param(name).query(String.class).single();
    }

    private MvcTestResult call(String method, String user, String uri, String body) {
        return new DemoApi(mvc, json).call(method, user, uri, body);
    }

    private MvcTestResult english(String method, String user, String uri, String body) {
        var request = switch (method) {
            case "POST" -> mvc.post();
            case "PUT" -> mvc.put();
            default -> throw new IllegalArgumentException(method);
        };
        return request.uri(uri).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, DemoApi.PASSWORD)).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private static String page(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void a_refused_move_on_the_ladder_shows_each_problem_at_its_field_in_english_and_nothing_is_stored() {
        String id = facility("Housing First woning 1");
        long moves = count("select count(*) from regime_change where facility_id = ?::uuid", id);
        MvcTestResult refused = mvc.post().uri("/toezicht/locaties/" + id + "/regime").param("lang", "en")
                .param("to", "STRICTER").param("decidedOn", "31-02-2026").param("decidedBy", "").param("reason", "")
                .with(csrf()).with(user(demo("gemeente"))).exchange();

        assertThat(refused).hasStatus(422);
        assertThat(page(refused)).contains("Not saved: there are").doesNotContain("th:text");
        assertThat(page(refused)).contains("id=\"error-summary\"", "href=\"#reason\"", "href=\"#decidedBy\"",
                        "href=\"#decidedOn\"", "href=\"#to\"")
                .contains("Give the reason for the change.", "Give who took the decision",
                        "Escalating more than one rung at a time is only possible after a serious incident (urgent).")
                .doesNotContain("Geef de reden van de wijziging", "Geef wie het besluit nam", "Meer dan één trede")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"reason-error", "aria-describedby=\"decidedBy-error",
                        "aria-describedby=\"to-error")
                .contains("value=\"31-02-2026\"");
        assertThat(count("select count(*) from regime_change where facility_id = ?::uuid", id)).isEqualTo(moves);
    }

    @Test
    void refused_committee_and_measurement_forms_keep_what_was_typed_and_store_nothing() {
        String id = facility("Housing First woning 1");
        int version = body(call("GET", "gemeente", "/api/v1/oversight/locations/" + id, null)).path("version").asInt();
        MvcTestResult committee = mvc.post().uri("/toezicht/locaties/" + id + "/commissie").param("lang", "en")
                .param("version", String.valueOf(version)).param("committeePresent", "true")
                .param("members[POLICE]", "Wijkagent Noord").param("meetingCadence", "elk kwartaal")
                .param("lastMeeting", LocalDate.now().plusDays(5).toString()).param("minutesUrl", "ftp://verslagen")
                .with(csrf()).with(user(demo("gemeente"))).exchange();
        assertThat(committee).hasStatus(422);
        assertThat(page(committee)).contains("href=\"#lastMeeting\"", "href=\"#minutesUrl\"",
                        "The last meeting cannot be in the future.", "The link to the minutes must start with http:// or https://.")
                .doesNotContain("De laatste vergadering kan niet", "De link naar de verslagen")
                .contains("aria-describedby=\"minutesUrl-error", "value=\"Wijkagent Noord\"", "value=\"ftp://verslagen\"");
        assertThat(body(call("GET", "gemeente", "/api/v1/oversight/locations/" + id, null)).path("version").asInt())
                .isEqualTo(version);

        long measurements = count("select count(*) from liveability_measurement where facility_id = ?::uuid", id);
        MvcTestResult measurement = mvc.post().uri("/toezicht/locaties/" + id + "/metingen").param("lang", "en")
                .param("kind", "BASELINE").param("method", "Leefbaarometer").param("score", "veel")
                .param("measuredOn", "2099-01-01").with(csrf()).with(user(demo("gemeente"))).exchange();
        assertThat(measurement).hasStatus(422);
        assertThat(page(measurement)).contains("href=\"#score\"", "href=\"#measuredOn\"", "The score must be a number.",
                        "The measurement cannot be in the future.")
                .doesNotContain("De score moet een getal zijn", "Geef de score.")
                .contains("aria-describedby=\"score-error", "value=\"veel\"");
        assertThat(count("select count(*) from liveability_measurement where facility_id = ?::uuid", id)).isEqualTo(measurements);

        // a decimal comma is a number
        assertThat(mvc.post().uri("/toezicht/locaties/" + id + "/metingen").param("kind", "BASELINE")
                .param("method", "Leefbaarometer").param("score", "6,4").param("measuredOn", LocalDate.now().toString())
                .with(csrf()).with(user(demo("gemeente"))).exchange()).hasStatus(302);
        assertThat(jdbc.sql("select score from liveability_measurement where facility_id = ?::uuid order by recorded_at desc limit 1")
                .param(id).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("6.4");
    }

    @Test
    void a_stale_version_on_the_page_is_a_409_with_the_current_state() {
        String id = facility("Housing First woning 2");
        int version = body(call("GET", "gemeente", "/api/v1/oversight/locations/" + id, null)).path("version").asInt();
        MvcTestResult stale = mvc.post().uri("/toezicht/locaties/" + id + "/convenant").param("version", String.valueOf(version + 5))
                .param("covenantPresent", "true").with(csrf()).with(user(demo("gemeente"))).exchange();
        assertThat(stale).hasStatus(409);
        assertThat(page(stale)).contains("Iemand anders heeft dit intussen gewijzigd");
    }

    @Test
    void a_refused_checklist_shows_its_problems_in_its_own_location_only() {
        MvcTestResult started = call("POST", "gemeente", "/api/v1/oversight/inventories", "{\"title\": \"Controle\"}");
        JsonNode inventory = body(started).path("inventory");
        String location = inventory.path("answers").get(0).path("locationCode").asString();
        MvcTestResult refused = mvc.post().uri("/toezicht/inventarisaties/" + inventory.path("id").asString() + "/locaties/" + location)
                .param("lang", "en").param("liveabilityScore", "elf").param("neededRegime", "STRICTER")
                .param("covenantLastReviewed", "2099-01-01").with(csrf()).with(user(demo("gemeente"))).exchange();
        assertThat(refused).hasStatus(422);
        assertThat(page(refused)).contains("href=\"#liveabilityScore\"", "href=\"#covenantLastReviewed\"",
                        "Give liveability as a score from 1 to 10.", "The last review of the covenant cannot be in the future.")
                .doesNotContain("Geef de leefbaarheid")
                .contains("id=\"liveabilityScore\"", "aria-describedby=\"liveabilityScore-error", "value=\"elf\"");
        assertThat(count("select count(*) from inventory_answer where inventory_id = ?::uuid and answered",
                inventory.path("id").asString())).isZero();
        assertThat(mvc.get().uri("/toezicht/inventarisaties/not-an-inventory").with(user(demo("gemeente")))).hasStatus(404);
    }

    @Test
    void the_api_names_the_field_and_speaks_english_when_asked() {
        String id = facility("Housing First woning 1");
        MvcTestResult refused = english("POST", "gemeente", "/api/v1/oversight/locations/" + id + "/regime-changes",
                "{\"to\": \"IMPROVEMENT_TRACK\", \"reason\": \"\", \"decidedBy\": \"Driehoek\", \"decidedOn\": \"" + LocalDate.now() + "\"}");
        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = body(refused);
        assertThat(problem.path("code").asString()).isEqualTo("oversight-refused");
        assertThat(problem.path("detail").asString()).startsWith("Not saved.").contains("Give the reason for the change.")
                .doesNotContain("Geef de reden");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("name").asString())).contains("reason", "to");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("code").asString()))
                .contains("oversight.problem.reason.missing");
        assertThat(body(call("GET", "gemeente", "/api/v1/oversight/locations/not-an-id", null)).path("code").asString())
                .isEqualTo("not-found");
        assertThat(call("POST", "gemeente", "/api/v1/oversight/locations/not-an-id/regime-changes", "{\"to\": \"STRICTER\"}"))
                .hasStatus(404);
    }

    @Test
    void malformed_inventory_requests_are_4xx_and_store_nothing() {
        long inventories = count("select count(*) from inventory");
        MvcTestResult unknown = call("POST", "regio", "/api/v1/oversight/inventories", "{\"municipality\": \"GM9999\"}");
        assertThat(unknown).hasStatus(422).hasContentType("application/problem+json");
        assertThat(body(unknown).path("errors").get(0).path("name").asString()).isEqualTo("municipality");
        assertThat(call("POST", "regio", "/api/v1/oversight/inventories",
                "{\"municipality\": \"" + "GM".repeat(50_000) + "\"}")).hasStatus(422);
        assertThat(call("POST", "gemeente", "/api/v1/oversight/inventories", "{\"title\": \"Nul\\u0000teken\"}")).hasStatus(422);
        assertThat(call("POST", "gemeente", "/api/v1/oversight/inventories", "{\"title\": \"" + "x".repeat(100_000) + "\"}"))
                .hasStatus(422);
        assertThat(count("select count(*) from inventory")).isEqualTo(inventories);

        JsonNode inventory = body(call("POST", "gemeente", "/api/v1/oversight/inventories", "{}")).path("inventory");
        String base = "/api/v1/oversight/inventories/" + inventory.path("id").asString();
        String checklist = "{\"neededRegime\": \"STRICTER\"}";
        for (String malformed : new String[] {"not-a-uuid", "1-1-1-1-1", "x".repeat(300)}) {
            MvcTestResult answer = call("PUT", "gemeente", base + "/locations/" + malformed, checklist);
            assertThat(answer).as(malformed).hasStatus(404).hasContentType("application/problem+json");
        }
        assertThat(call("PUT", "gemeente", "/api/v1/oversight/inventories/not-an-id/locations/" + UUID.randomUUID(), checklist))
                .hasStatus(404);
        String location = inventory.path("answers").get(0).path("locationCode").asString();
        assertThat(call("PUT", "gemeente", base + "/locations/" + location,
                "{\"neededRegime\": \"STRICTER\", \"covenantLastReviewed\": \"0000-01-01\"}")).hasStatus(422);
        assertThat(call("PUT", "gemeente", base + "/locations/" + location,
                "{\"neededRegime\": \"STRICTER\", \"liveabilityScore\": 2000000}")).hasStatus(422);
        assertThat(count("select count(*) from inventory_answer where inventory_id = ?::uuid and answered",
                inventory.path("id").asString())).isZero();
    }

    @Test
    void an_inventory_without_a_title_is_named_in_the_readers_language() {
        JsonNode inventory = body(call("POST", "gemeente", "/api/v1/oversight/inventories", "{}")).path("inventory");
        String id = inventory.path("id").asString();
        assertThat(inventory.path("title").asString()).startsWith("Inventarisatie ");
        assertThat(jdbc.sql("select title from inventory where id = ?::uuid").param(id).query(String.class).optional()).isEmpty();
        JsonNode english = body(mvc.get().uri("/api/v1/oversight/inventories/" + id).header("Accept-Language", "en")
                .with(httpBasic("gemeente", DemoApi.PASSWORD)).exchange());
        assertThat(english.path("inventory").path("title").asString()).startsWith("Inventory ");
        assertThat(english.path("result").path("mostUrgentFirst").get(0).path("todo").toString()).doesNotContain("Beheer");
    }

    @Test
    void malformed_committee_and_measurement_bodies_are_422_and_store_nothing() {
        String id = facility("Housing First woning 2");
        String base = "/api/v1/oversight/locations/" + id;
        int version = body(call("GET", "gemeente", base, null)).path("version").asInt();
        for (String committee : new String[] {
            "{\"version\": %d, \"present\": true, \"members\": {\"POLICE\": \"Wijk\\u0000agent\"}}",
            "{\"version\": %d, \"present\": true, \"members\": {\"POLICE\": \"" + "x".repeat(100_000) + "\"}}",
            "{\"version\": %d, \"present\": true, \"members\": {\"POLICE\": \"Wijkagent\"}, \"meetingCadence\": \"elke\\u0000week\"}",
            "{\"version\": %d, \"present\": true, \"members\": {\"POLICE\": \"Wijkagent\"}, \"minutesUrl\": \"https://x.nl/\\u0000\"}",
            "{\"version\": %d, \"present\": true, \"members\": {\"POLICE\": \"Wijkagent\"}, \"lastMeeting\": \"0000-01-01\"}",
            "{\"version\": %d, \"present\": true, \"members\": {\"" + "K".repeat(10_000) + "\": \"x\"}}"}) {
            MvcTestResult refused = call("PUT", "gemeente", base + "/committee", committee.formatted(version));
            assertThat(refused.getResponse().getStatus()).as(committee.substring(0, Math.min(120, committee.length()))).isEqualTo(422);
            assertThat(refused).as(committee.substring(0, Math.min(80, committee.length()))).hasStatus(422)
                    .hasContentType("application/problem+json");
        }
        assertThat(body(call("GET", "gemeente", base, null)).path("version").asInt()).isEqualTo(version);

        long measurements = count("select count(*) from liveability_measurement where facility_id = ?::uuid", id);
        String today = LocalDate.now().toString();
        for (String measurement : new String[] {
            "{\"kind\": \"BASELINE\", \"method\": null, \"score\": 6, \"measuredOn\": \"" + today + "\"}",
            "{\"kind\": \"BASELINE\", \"method\": \"Enq\\u0000uete\", \"score\": 6, \"measuredOn\": \"" + today + "\"}",
            "{\"kind\": \"BASELINE\", \"method\": \"Enquete\", \"score\": 6, \"measuredOn\": \"" + today + "\", \"notes\": \"" + "x".repeat(100_000) + "\"}",
            "{\"kind\": \"BASELINE\", \"method\": \"Enquete\", \"score\": 6, \"measuredOn\": \"" + today + "\", \"notes\": \"a\\u0000b\"}",
            "{\"kind\": \"BASELINE\", \"method\": \"Enquete\", \"score\": 6, \"measuredOn\": \"0000-01-01\"}",
            "{\"kind\": null, \"method\": \"" + "x".repeat(100_000) + "\", \"score\": 6, \"measuredOn\": \"" + today + "\"}"}) {
            MvcTestResult refused = call("POST", "gemeente", base + "/liveability-measurements", measurement);
            assertThat(refused.getResponse().getStatus()).as(measurement.substring(0, Math.min(120, measurement.length()))).isEqualTo(422);
            assertThat(refused).as(measurement.substring(0, Math.min(80, measurement.length()))).hasStatus(422)
                    .hasContentType("application/problem+json");
        }
        assertThat(count("select count(*) from liveability_measurement where facility_id = ?::uuid", id)).isEqualTo(measurements);
    }

    @Test
    void an_unknown_or_malformed_action_is_404() {
        String base = "/api/v1/oversight/locations/" + facility("Housing First woning 2");
        assertThat(call("PATCH", "gemeente", base + "/improvement-actions/" + UUID.randomUUID(),
                "{\"version\": 0, \"status\": \"DONE\"}")).hasStatus(404);
        assertThat(call("PATCH", "gemeente", base + "/improvement-actions/zzz", "{\"version\": 0, \"status\": \"DONE\"}"))
                .hasStatus(404);
    }

    @Test
    void leaving_the_track_ends_extra_supervision_with_a_history_line_in_the_readers_language() {
        String id = facility("Housing First woning 3");
        String base = "/api/v1/oversight/locations/" + id;
        String today = LocalDate.now().toString();
        assertThat(call("POST", "gemeente", base + "/regime-changes", """
                {"to": "IMPROVEMENT_TRACK", "reason": "Ernstig incident", "urgent": true, "decidedBy": "Driehoek", "decidedOn": "%s"}"""
                .formatted(today))).hasStatus(201);
        assertThat(call("POST", "gemeente", base + "/extra-supervision",
                "{\"on\": true, \"reason\": \"Meer toezicht\", \"decidedOn\": \"" + today + "\"}")).hasStatus(200);
        assertThat(call("POST", "gemeente", base + "/regime-changes", """
                {"to": "STRICTER", "reason": "Rustiger sinds maart", "decidedBy": "Driehoek", "decidedOn": "%s"}"""
                .formatted(today))).hasStatus(201);

        assertThat(body(call("GET", "gemeente", base, null)).path("supervisionHistory").get(0).path("reason").asString())
                .isEqualTo("Einde verbetertraject: Rustiger sinds maart");
        JsonNode english = body(mvc.get().uri(base).header("Accept-Language", "en").with(httpBasic("gemeente", DemoApi.PASSWORD))
                .exchange());
        assertThat(english.path("supervisionHistory").get(0).path("reason").asString())
                .isEqualTo("End of the improvement track: Rustiger sinds maart");
        assertThat(jdbc.sql("select reason_key from extra_supervision_change where facility_id = ?::uuid and not switched_on")
                .param(id).query(String.class).single()).isEqualTo("oversight.supervision.endedByTrack");
        assertThat(mvc.get().uri("/toezicht/locaties/" + id).param("lang", "en").with(user(demo("gemeente"))))
                .hasStatusOk().bodyText().contains("End of the improvement track: Rustiger sinds maart")
                .doesNotContain("Einde verbetertraject");
    }
}
