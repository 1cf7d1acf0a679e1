package nl.thuisbasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import nl.thuisbasis.platform.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import testsupport.DemoApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Handling reports: routing, deadlines, queue, history, reply, card and scan indicator")
class ReportHandlingIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    private String submit(String from, String body) {
        MvcTestResult result = mvc.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }).exchange();
        assertThat(result).hasStatus(201);
        return json.readTree(result.getResponse().getContentAsByteArray()).path("trackingCode").asString();
    }

    private MvcTestResult call(String method, String user, String uri, String body) {
        return new DemoApi(mvc, json).call(method, user, uri, body);
    }

    private JsonNode body(MvcTestResult result) {
        return new DemoApi(mvc, json).body(result);
    }

    private String idOf(String code) {
        return jdbc.sql("select id::text from report where tracking_code = ?").param(code).query(String.class).single();
    }

    @Test
    void a_report_about_a_facility_goes_to_its_provider_with_deadlines_in_working_days() {
        String card = jdbc.sql("select left(id::text, 8) from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        String code = submit("127.0.3.1", "{\"cardCode\": \"" + card + "\", \"category\": \"LOITERING\", \"description\": \"Groepje bij de ingang\"}");
        Map<String, Object> row = jdbc.sql("select routed_to, route_target, municipality_code, acknowledge_by, resolve_by, received_at from report where tracking_code = ?")
                .param(code).query().singleRow();
        assertThat(row.get("routed_to")).isEqualTo("leger-des-heils");
        assertThat(row.get("route_target")).isEqualTo("PROVIDER");
        assertThat(row.get("municipality_code")).isEqualTo("GM0505");
        LocalDate received = ((java.sql.Timestamp) row.get("received_at")).toInstant().atZone(WorkingDays.ZONE).toLocalDate();
        assertThat(((java.sql.Date) row.get("acknowledge_by")).toLocalDate()).isEqualTo(WorkingDays.deadline(received, 2));
        assertThat(((java.sql.Date) row.get("resolve_by")).toLocalDate()).isEqualTo(WorkingDays.deadline(received, 10));

        // in the provider's queue, without reporter data; not in another organisation's; corporations have no queue
        JsonNode queue = body(call("GET", "begeleider", "/api/v1/reports/queue", null));
        JsonNode item = queue.valueStream().filter(i -> i.path("trackingCode").asString().equals(code)).findFirst().orElseThrow();
        assertThat(item.has("email")).isFalse();
        assertThat(item.has("description")).isFalse();
        assertThat(body(call("GET", "gemeente", "/api/v1/reports/queue", null)).valueStream()
                .map(i -> i.path("trackingCode").asString())).doesNotContain(code);
        assertThat(body(call("GET", "gemeente", "/api/v1/reports/queue?scope=ALL", null)).valueStream()
                .map(i -> i.path("trackingCode").asString())).as("the municipality oversees its territory").contains(code);
        assertThat(call("GET", "corporatie", "/api/v1/reports/queue", null)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/reports/queue").exchange()).as("never public").hasStatus(401);
    }

    @Test
    void opening_a_report_is_logged_and_the_history_only_grows() {
        String code = submit("127.0.3.2", """
                {"lon": 4.6905, "lat": 51.8106, "category": "NOISE", "description": "Geluid uit de tuin", "email": "buur@example.org", "emailConsent": true}""");
        String id = idOf(code);
        assertThat(jdbc.sql("select routed_to from report where id = ?::uuid").param(id).query(String.class).single())
                .as("a report from a point in Dordrecht without a facility goes to the municipality").isEqualTo("GM0505");
        long before = jdbc.sql("select count(*) from processing_log where action = 'reports.read' and object_id = ?").param(id)
                .query(Long.class).single();
        JsonNode detail = body(call("GET", "gemeente", "/api/v1/reports/queue/" + id, null));
        assertThat(detail.path("email").asString()).isEqualTo("buur@example.org");
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'reports.read' and object_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(before + 1);
        assertThat(call("GET", "begeleider", "/api/v1/reports/queue/" + id, null)).as("not the provider's").hasStatus(404);
        for (String reader : new String[] {"regio", "beheerder"}) {
            JsonNode notHandled = body(call("GET", reader, "/api/v1/reports/queue/" + id, null));
            assertThat(notHandled.path("description").asString()).as(reader + " may read the report").isEqualTo("Geluid uit de tuin");
            assertThat(notHandled.path("email").isNull() || notHandled.path("email").isMissingNode())
                    .as(reader + " does not handle it, so does not see the reporter's address").isTrue();
        }

        MvcTestResult noReply = call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes", "{\"status\": \"CLOSED\"}");
        assertThat(noReply).hasStatus(422).hasContentType("application/problem+json");
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"RECEIVED\"}")).hasStatus(422);
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"ACKNOWLEDGED\", \"publicNote\": \"We kijken ernaar.\"}")).hasStatus(201);
        JsonNode closed = body(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"CLOSED\", \"publicNote\": \"Opgelost.\", \"internalNote\": \"Buren gesproken\"}"));
        assertThat(closed.path("history")).hasSize(3);
        assertThat(jdbc.sql("select acknowledged_at is not null and closed_at is not null from report where id = ?::uuid").param(id)
                .query(Boolean.class).single()).isTrue();

        JsonNode tracked = body(mvc.get().uri("/api/v1/reports/" + code).exchange());
        assertThat(tracked.path("status").asString()).isEqualTo("CLOSED");
        assertThat(tracked.toString()).contains("Opgelost.").doesNotContain("Buren gesproken").doesNotContain("buur@example.org");

        assertThatThrownBy(() -> jdbc.sql("update report_status_change set public_note = 'anders' where report_id = ?::uuid")
                .param(id).update()).hasMessageContaining("cannot be changed");
    }

    @Test
    void a_routing_rule_sends_aggression_to_the_police_contact_and_overdue_reports_are_flagged() {
        MvcTestResult rule = call("POST", "gemeente", "/api/v1/reports/routing-rules",
                "{\"category\": \"AGGRESSION\", \"target\": \"POLICE\", \"contact\": \"Wijkagent Centrum, 0900-8844\"}");
        assertThat(rule).hasStatus(201);
        assertThat(call("POST", "gemeente", "/api/v1/reports/routing-rules", "{\"target\": \"POLICE\"}")).hasStatus(422);
        assertThat(call("POST", "begeleider", "/api/v1/reports/routing-rules", "{\"target\": \"MUNICIPALITY\"}")).hasStatus(403);
        String card = jdbc.sql("select left(id::text, 8) from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        String code = submit("127.0.3.3", "{\"cardCode\": \"" + card + "\", \"category\": \"AGGRESSION\", \"description\": \"Schreeuwen op straat\"}");
        Map<String, Object> row = jdbc.sql("select routed_to, route_target, route_contact, acknowledge_by from report where tracking_code = ?")
                .param(code).query().singleRow();
        assertThat(row).containsEntry("routed_to", "GM0505").containsEntry("route_target", "POLICE")
                .containsEntry("route_contact", "Wijkagent Centrum, 0900-8844");

        jdbc.sql("update report set acknowledge_by = current_date - 2, resolve_by = current_date - 1 where tracking_code = ?").param(code).update();
        JsonNode overdue = body(call("GET", "gemeente", "/api/v1/reports/queue?overdue=true", null));
        JsonNode item = overdue.valueStream().filter(i -> i.path("trackingCode").asString().equals(code)).findFirst().orElseThrow();
        assertThat(item.path("acknowledgeOverdue").asBoolean()).isTrue();
        assertThat(item.path("resolveOverdue").asBoolean()).isTrue();
        assertThat(mvc.get().uri("/meldingen").with(user(users.loadUserByUsername("gemeente")))).hasStatusOk()
                .bodyText().contains("tb-overdue", code);

        String ruleId = body(rule).path("id").asString();
        assertThat(call("DELETE", "gemeente", "/api/v1/reports/routing-rules/" + ruleId, null)).hasStatus(204);
    }

    @Test
    void reply_templates_are_shared_or_per_organisation() {
        JsonNode shared = body(call("GET", "begeleider", "/api/v1/reports/reply-templates", null));
        assertThat(shared.size()).isGreaterThanOrEqualTo(5);
        String own = body(call("POST", "begeleider", "/api/v1/reports/reply-templates",
                "{\"title\": \"Huisoverleg\", \"body\": \"Besproken in het huisoverleg.\"}")).path("id").asString();
        assertThat(body(call("GET", "begeleider", "/api/v1/reports/reply-templates", null)).toString()).contains("Huisoverleg");
        assertThat(body(call("GET", "gemeente", "/api/v1/reports/reply-templates", null)).toString()).doesNotContain("Huisoverleg");
        assertThat(call("DELETE", "begeleider", "/api/v1/reports/reply-templates/" + shared.get(0).path("id").asString(), null))
                .as("shared templates stay").hasStatus(422);
        assertThat(call("DELETE", "begeleider", "/api/v1/reports/reply-templates/" + own, null)).hasStatus(204);
    }

    @Test
    void public_totals_per_municipality_only() {
        JsonNode totals = body(mvc.get().uri("/api/v1/reports/totals?municipality=GM0505").exchange());
        assertThat(totals.path("municipality").asString()).isEqualTo("GM0505");
        assertThat(totals.has("perCategory")).isTrue();
        assertThat(mvc.get().uri("/api/v1/reports/totals?municipality=Dordrecht").exchange()).hasStatus(400);
    }

    @Test
    void an_oversized_submission_is_refused_before_it_is_read_and_nothing_is_stored() {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        String huge = "{\"category\": \"NOISE\", \"description\": \"" + "x".repeat(40_000) + "\"}";
        MvcTestResult result = mvc.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(huge)
                .with(request -> {
                    request.setRemoteAddr("127.0.3.9");
                    return request;
                }).exchange();
        assertThat(result).hasStatus(413).hasContentType("application/problem+json");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_number_on_the_oversight_overview_leads_to_the_reports_behind_it() {
        String id = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        String code = submit("127.0.3.10", "{\"cardCode\": \"" + id.substring(0, 8) + "\", \"category\": \"PARKING\", \"description\": \"Busje op de stoep\"}");
        JsonNode filtered = body(call("GET", "gemeente", "/api/v1/reports/queue?scope=ALL&open=false&facilityId=" + id
                + "&receivedSince=" + LocalDate.now().minusDays(90), null));
        assertThat(filtered.valueStream().map(i -> i.path("trackingCode").asString())).contains(code);
        assertThat(filtered.valueStream().map(i -> i.path("facilityId").asString())).containsOnly(id);
        assertThat(mvc.get().uri("/meldingen?scope=ALL&afgehandeld=true&locatie=" + id + "&sinds=" + LocalDate.now().minusDays(90))
                .with(user(users.loadUserByUsername("gemeente")))).hasStatusOk().bodyText().contains(code, "queue-filter");
        assertThat(mvc.get().uri("/melden/cijfers?gemeente=GM0505")).hasStatusOk().bodyText().contains("Parkeren")
                .doesNotContain("Skaeve Huse");
    }

    @Test
    void the_municipality_queue_opens_on_what_needs_handling_on_its_territory_overdue_first() throws Exception {
        String card = jdbc.sql("select left(id::text, 8) from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        String code = submit("127.0.3.9", "{\"cardCode\": \"" + card + "\", \"category\": \"LITTER\", \"description\": \"Afval bij het hek\"}");
        assertThat(jdbc.sql("select route_target from report where tracking_code = ?").param(code).query(String.class).single())
                .as("routed to the provider, not to the municipality").isEqualTo("PROVIDER");
        jdbc.sql("update report set acknowledge_by = current_date - 3, resolve_by = current_date - 1 where tracking_code = ?")
                .param(code).update();

        String page = mvc.get().uri("/meldingen").with(user(users.loadUserByUsername("gemeente"))).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as("the overdue report about a location in Dordrecht is on the page it opens on")
                .contains("data-code=\"" + code + "\"").containsPattern("value=\"ALL\"\\s+selected");
        java.util.List<String> overdueFlags = java.util.regex.Pattern.compile("data-overdue=\"(true|false)\"").matcher(page)
                .results().map(m -> m.group(1)).toList();
        assertThat(overdueFlags).as("overdue first").first().isEqualTo("true");
        assertThat(overdueFlags.indexOf("false") < 0 || overdueFlags.lastIndexOf("true") < overdueFlags.indexOf("false")).isTrue();
        // a provider still opens on what was routed to it
        assertThat(mvc.get().uri("/meldingen").with(user(users.loadUserByUsername("begeleider")))).hasStatusOk()
                .bodyText().containsPattern("value=\"MINE\"\\s+selected");
    }

    @Test
    void a_typed_place_that_names_its_town_goes_to_that_municipality_and_one_that_does_not_to_the_region() {
        String named = submit("127.0.3.10", "{\"locationText\": \"Kasperspad, Dordrecht\", \"category\": \"PARKING\", \"description\": \"Busje op de stoep\"}");
        assertThat(jdbc.sql("select municipality_code, routed_to, route_target from report where tracking_code = ?").param(named)
                .query().singleRow()).containsEntry("municipality_code", "GM0505").containsEntry("routed_to", "GM0505")
                .containsEntry("route_target", "MUNICIPALITY");
        String unnamed = submit("127.0.3.10", "{\"locationText\": \"Kasperspad\", \"category\": \"PARKING\", \"description\": \"Busje op de stoep\"}");
        assertThat(jdbc.sql("select route_target from report where tracking_code = ?").param(unnamed).query(String.class).single())
                .isEqualTo("REGION");
    }

    @Test
    void a_rule_and_a_template_sent_twice_with_the_same_form_are_stored_once() throws Exception {
        String facility = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        long rules = jdbc.sql("select count(*) from report_routing_rule").query(Long.class).single();
        long templates = jdbc.sql("select count(*) from reply_template").query(Long.class).single();
        String token = java.util.UUID.randomUUID().toString();
        for (int send = 0; send < 2; send++) {
            assertThat(mvc.post().uri("/meldingen/instellingen/regels").with(user(users.loadUserByUsername("gemeente")))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("onceToken", token + "-rule").param("category", "NOISE").param("facilityId", facility)
                    .param("target", "MUNICIPALITY").param("contact", "Team wijkzaken").exchange())
                    .hasStatus(302).hasRedirectedUrl("/meldingen/instellingen?regel");
            assertThat(mvc.post().uri("/meldingen/instellingen/sjablonen").with(user(users.loadUserByUsername("gemeente")))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("onceToken", token + "-template").param("title", "Dubbel").param("body", "We kijken ernaar.").exchange())
                    .hasStatus(302).hasRedirectedUrl("/meldingen/instellingen?sjabloon");
        }
        assertThat(jdbc.sql("select count(*) from report_routing_rule").query(Long.class).single()).isEqualTo(rules + 1);
        assertThat(jdbc.sql("select count(*) from reply_template").query(Long.class).single()).isEqualTo(templates + 1);
        // the page names the facility and the municipality of the rule, and offers both by name
        String page = mvc.get().uri("/meldingen/instellingen").with(user(users.loadUserByUsername("gemeente"))).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Skaeve Huse Kerkeplaat").contains(">Dordrecht<").doesNotContain("GM0505")
                .as("each form its own token").containsPattern("name=\"onceToken\" value=\"[0-9a-f-]{36}-rule\"")
                .containsPattern("name=\"onceToken\" value=\"[0-9a-f-]{36}-template\"");
        String region = mvc.get().uri("/meldingen/instellingen").with(user(users.loadUserByUsername("regio"))).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(region).contains(">Zwijndrecht</option>", ">Skaeve Huse Kerkeplaat, Dordrecht</option>");
        jdbc.sql("delete from report_routing_rule where contact = 'Team wijkzaken'").update();
    }
}
