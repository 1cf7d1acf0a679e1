package nl.thuisbasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Refusals of report handling, routing rules and reply templates: 404 for what is not there, 422 with each problem at its field, in the reader's language, nothing stored")
class ReportRefusalsIntegrationTest {

    static final String UNKNOWN = "00000000-0000-0000-0000-00000000dead";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    private MvcTestResult call(String method, String user, String uri, String body) {
        return new DemoApi(mvc, json).call(method, user, uri, body);
    }

    private JsonNode body(MvcTestResult result) {
        return new DemoApi(mvc, json).body(result);
    }

    private MvcTestResult english(String user, String uri, String body) {
        return mvc.post().uri(uri).with(httpBasic(user, DemoApi.PASSWORD)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String page(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** A report in Dordrecht from a point: in the municipality's queue. */
    private String report(String from) {
        MvcTestResult result = mvc.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"lon\": 4.6905, \"lat\": 51.8106, \"category\": \"NOISE\", \"description\": \"Geluid in de nacht\"}")
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }).exchange();
        assertThat(result).hasStatus(201);
        String code = body(result).path("trackingCode").asString();
        return jdbc.sql("select id::text from report where tracking_code = ?").param(code).query(String.class).single();
    }

    @Test
    void what_is_not_there_is_not_found_and_never_a_refusal() {
        long changes = count("report_status_change");
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + UNKNOWN + "/status-changes",
                "{\"status\": \"CLOSED\", \"publicNote\": \"Opgelost.\"}")).hasStatus(404).hasContentType("application/problem+json");
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/geen-id/status-changes", "{\"status\": \"CLOSED\"}")).hasStatus(404);
        assertThat(call("GET", "gemeente", "/api/v1/reports/queue/" + UNKNOWN, null)).hasStatus(404);
        assertThat(call("DELETE", "gemeente", "/api/v1/reports/routing-rules/" + UNKNOWN, null)).hasStatus(404);
        assertThat(call("DELETE", "gemeente", "/api/v1/reports/routing-rules/geen-id", null)).hasStatus(404);
        assertThat(call("DELETE", "begeleider", "/api/v1/reports/reply-templates/" + UNKNOWN, null)).hasStatus(404);
        assertThat(call("DELETE", "begeleider", "/api/v1/reports/reply-templates/geen-id", null)).hasStatus(404);
        assertThat(mvc.get().uri("/meldingen/" + UNKNOWN).with(user(users.loadUserByUsername("gemeente")))).hasStatus(404);
        assertThat(mvc.get().uri("/meldingen/geen-id").with(user(users.loadUserByUsername("gemeente")))).hasStatus(404);
        assertThat(mvc.post().uri("/meldingen/" + UNKNOWN + "/stand").with(user(users.loadUserByUsername("gemeente"))).with(csrf())
                .param("status", "CLOSED").param("publicNote", "Opgelost.")).hasStatus(404);
        assertThat(count("report_status_change")).isEqualTo(changes);

        // a template of another organisation is not theirs to know of
        String other = body(call("POST", "gemeente", "/api/v1/reports/reply-templates",
                "{\"title\": \"Van de gemeente\", \"body\": \"Alleen voor de gemeente.\"}")).path("id").asString();
        assertThat(call("DELETE", "begeleider", "/api/v1/reports/reply-templates/" + other, null)).hasStatus(404);
        assertThat(call("DELETE", "gemeente", "/api/v1/reports/reply-templates/" + other, null)).hasStatus(204);
    }

    @Test
    void templates_and_rules_with_missing_long_or_unstorable_texts_or_an_unknown_municipality_are_refused_not_failed() {
        long templates = count("reply_template");
        long rules = count("report_routing_rule");
        String longText = "x".repeat(3000);
        for (String body : new String[] {"{}", "{\"title\": null, \"body\": null}",
            "{\"title\": \"" + longText + "\", \"body\": \"" + longText + "\"}", "{\"title\": \"a\\u0000b\", \"body\": \"tekst\"}",
            "{\"title\": \"titel\", \"body\": \"te\\u0000kst\"}", "{\"title\": \"   \", \"body\": \"   \"}"}) {
            assertThat(call("POST", "begeleider", "/api/v1/reports/reply-templates", body)).as(body).hasStatus(422)
                    .hasContentType("application/problem+json");
        }
        for (String body : new String[] {"{}", "{\"target\": null, \"contact\": null}", "{\"target\": \"REGION\"}",
            "{\"target\": \"POLICE\", \"contact\": \"" + longText + "\"}", "{\"target\": \"POLICE\", \"contact\": \"a\\u0000b\"}",
            "{\"target\": \"MUNICIPALITY\", \"category\": \"" + longText + "\"}",
            "{\"target\": \"MUNICIPALITY\", \"facilityId\": \"" + longText + "\"}",
            "{\"target\": \"MUNICIPALITY\", \"municipality\": \"GM9999\"}",
            "{\"target\": \"MUNICIPALITY\", \"municipality\": \"" + longText + "\"}"}) {
            assertThat(call("POST", "beheerder", "/api/v1/reports/routing-rules", body)).as(body).hasStatus(422)
                    .hasContentType("application/problem+json");
        }
        JsonNode unknown = body(call("POST", "beheerder", "/api/v1/reports/routing-rules",
                "{\"target\": \"MUNICIPALITY\", \"municipality\": \"GM9999\"}"));
        assertThat(unknown.path("errors").get(0).path("name").asString()).isEqualTo("municipality");
        assertThat(unknown.path("detail").asString()).contains("GM9999");
        assertThat(count("reply_template")).isEqualTo(templates);
        assertThat(count("report_routing_rule")).isEqualTo(rules);

        String id = report("127.0.4.1");
        long changes = count("report_status_change");
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"ACKNOWLEDGED\", \"publicNote\": \"a\\u0000b\"}")).hasStatus(422);
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"ACKNOWLEDGED\", \"internalNote\": \"" + longText + "\"}")).hasStatus(422);
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"BOGUS\"}")).hasStatus(422);
        assertThat(count("report_status_change")).isEqualTo(changes);
    }

    @Test
    void the_api_explains_each_refusal_in_english_at_its_field() {
        long rules = count("report_routing_rule");
        MvcTestResult rule = english("gemeente", "/api/v1/reports/routing-rules", "{\"target\": \"POLICE\"}");
        assertThat(rule).hasStatus(422);
        JsonNode problem = body(rule);
        assertThat(problem.path("code").asString()).isEqualTo("report-refused");
        assertThat(problem.path("detail").asString()).startsWith("Not saved.").contains("Give the contact at the police")
                .doesNotContain("politie", "Geef");
        assertThat(problem.path("errors").get(0).path("name").asString()).isEqualTo("contact");
        assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo("report.problem.rule.contact.police");
        assertThat(count("report_routing_rule")).isEqualTo(rules);

        JsonNode template = body(english("begeleider", "/api/v1/reports/reply-templates", "{\"title\": \"\"}"));
        assertThat(template.path("detail").asString()).contains("Give a title", "Give the text of the reply")
                .doesNotContain("titel", "tekst");
        assertThat(template.path("errors").valueStream().map(e -> e.path("name").asString())).containsExactly("title", "body");

        String id = report("127.0.4.2");
        JsonNode step = body(english("gemeente", "/api/v1/reports/queue/" + id + "/status-changes", "{\"status\": \"CLOSED\"}"));
        assertThat(step.path("detail").asString()).contains("When closing, give a reply to the reporter.").doesNotContain("afsluiten");
        assertThat(step.path("errors").get(0).path("name").asString()).isEqualTo("publicNote");
        JsonNode back = body(english("gemeente", "/api/v1/reports/queue/" + id + "/status-changes", "{\"status\": \"RECEIVED\"}"));
        assertThat(back.path("detail").asString()).contains("A report cannot go from 'Received' to 'Received'.");
    }

    @Test
    void the_staff_forms_show_each_problem_next_to_its_field_in_english_and_store_nothing() {
        String id = report("127.0.4.3");
        long changes = count("report_status_change");
        MvcTestResult closing = mvc.post().uri("/meldingen/" + id + "/stand").param("lang", "en")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf())
                .param("status", "CLOSED").param("internalNote", "Buren gesproken").param("templateId", "geen-sjabloon").exchange();
        assertThat(closing).hasStatus(422);
        assertThat(page(closing)).contains("id=\"error-summary\"", "href=\"#publicNote\"", "href=\"#templateId\"")
                .contains("When closing, give a reply to the reporter.").doesNotContain("Geef bij het afsluiten")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"publicNote-error")
                .contains("id=\"publicNote\"", "id=\"templateId\"", "Buren gesproken");
        assertThat(count("report_status_change")).isEqualTo(changes);

        long rules = count("report_routing_rule");
        MvcTestResult rule = mvc.post().uri("/meldingen/instellingen/regels").param("lang", "en")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf())
                .param("category", "AGGRESSION").param("target", "POLICE").param("facilityId", "geen-id").exchange();
        assertThat(rule).hasStatus(422);
        assertThat(page(rule)).contains("id=\"error-summary\"", "href=\"#contact\"", "href=\"#facilityId\"")
                .contains("Give the contact at the police", "This facility is not known.")
                .doesNotContain("Geef het contact", "Deze voorziening is niet bekend")
                .contains("aria-describedby=\"contact-error", "aria-describedby=\"facilityId-error")
                .contains("id=\"contact\"", "id=\"facilityId\"")
                .as("facilities and municipalities are chosen by name").doesNotContain("GM0505");
        MvcTestResult target = mvc.post().uri("/meldingen/instellingen/regels").param("lang", "en")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf()).param("target", "NOWHERE").exchange();
        assertThat(target).hasStatus(422);
        assertThat(page(target)).contains("href=\"#target\"", "aria-describedby=\"target-error");
        assertThat(count("report_routing_rule")).isEqualTo(rules);

        long templates = count("reply_template");
        MvcTestResult template = mvc.post().uri("/meldingen/instellingen/sjablonen").param("lang", "en")
                .with(user(users.loadUserByUsername("begeleider"))).with(csrf())
                .param("title", "").param("body", "x".repeat(2001)).exchange();
        assertThat(template).hasStatus(422);
        assertThat(page(template)).contains("href=\"#title\"", "href=\"#body\"", "Give a title of at most 200 characters.",
                "Give the text of the reply (at most 2,000 characters).").doesNotContain("Geef een titel")
                .contains("aria-describedby=\"title-error", "aria-describedby=\"body-error");
        assertThat(count("reply_template")).isEqualTo(templates);
    }

    @Test
    void a_reopened_report_says_so_in_the_readers_language() {
        String id = report("127.0.4.4");
        assertThat(call("POST", "gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"CLOSED\", \"publicNote\": \"Opgelost.\"}")).hasStatus(201);
        String code = jdbc.sql("select tracking_code from report where id = ?::uuid").param(id).query(String.class).single();
        MvcTestResult reopened = mvc.post().uri("/melden/volgen/heropenen").with(csrf()).param("lang", "en")
                .param("code", code).param("why", "It's still loud").param("onceToken", "reopen-" + code).exchange();
        assertThat(reopened).as("post-redirect-get").hasStatus(302);
        String followed = reopened.getResponse().getRedirectedUrl();
        assertThat(followed).isEqualTo("/melden/volgen?code=" + code + "&heropend=ja");
        assertThat(page(mvc.get().uri(followed).param("lang", "en").exchange()))
                .contains("Your report has been reopened.", "Reopened by the reporter: It&#39;s still loud").doesNotContain("Heropend");
        MvcTestResult repeated = mvc.post().uri("/melden/volgen/heropenen").with(csrf()).param("lang", "en")
                .param("code", code).param("why", "It's still loud").param("onceToken", "reopen-" + code).exchange();
        assertThat(repeated).as("the same form sent twice counts once").hasStatus(302);
        assertThat(repeated.getResponse().getRedirectedUrl()).isEqualTo(followed);
        assertThat(page(mvc.get().uri("/melden/volgen?code=" + code).param("lang", "nl").exchange()))
                .contains("Heropend door de melder: It&#39;s still loud");
        assertThat(body(mvc.get().uri("/api/v1/reports/" + code).header("Accept-Language", "en").exchange()).toString())
                .contains("Reopened by the reporter: It's still loud");
        assertThat(jdbc.sql("select count(*) from report_status_change where report_id = ?::uuid and public_note_key is not null")
                .param(id).query(Long.class).single()).isEqualTo(1);

        MvcTestResult again = mvc.post().uri("/melden/volgen/heropenen").with(csrf()).param("lang", "en").param("code", code).exchange();
        assertThat(again).hasStatus(422);
        assertThat(page(again)).contains("Only a closed report can be reopened");
    }

    @Test
    void the_queue_is_paged_and_a_filter_it_cannot_read_is_said_and_skipped() {
        report("127.0.4.5");
        report("127.0.4.6");
        MvcTestResult first = call("GET", "gemeente", "/api/v1/reports/queue?scope=ALL&pageSize=1", null);
        assertThat(first).hasStatusOk();
        assertThat(body(first).size()).isEqualTo(1);
        long total = Long.parseLong(first.getResponse().getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        JsonNode second = body(call("GET", "gemeente", "/api/v1/reports/queue?scope=ALL&pageSize=1&page=2", null));
        assertThat(second.get(0).path("id").asString()).isNotEqualTo(body(first).get(0).path("id").asString());
        assertThat(call("GET", "gemeente", "/api/v1/reports/queue?pageSize=5000", null)).hasStatus(400);
        assertThat(call("GET", "gemeente", "/api/v1/reports/queue?scope=EVERYTHING", null)).hasStatus(400);

        MvcTestResult filtered = mvc.get().uri("/meldingen?scope=ALL&locatie=geen-id&sinds=31-02-2026&lang=en")
                .with(user(users.loadUserByUsername("gemeente"))).exchange();
        assertThat(filtered).hasStatusOk();
        assertThat(page(filtered)).contains("The filter in the address bar is not valid", "data-code=")
                .as("what could be read is kept").containsPattern("value=\"ALL\"\\s+selected");
    }

    static final String CLOSING_TEMPLATE = "7d0b1c52-2f59-4a38-9b9e-0a0000000004";

    @Test
    void a_reply_template_goes_with_its_status_and_a_mismatch_is_refused_at_the_template_field() {
        String id = report("127.0.4.7");
        long changes = count("report_status_change");
        // the API: "Afgehandeld" with "being dealt with" is refused, in English, at the template
        MvcTestResult api = english("gemeente", "/api/v1/reports/queue/" + id + "/status-changes",
                "{\"status\": \"IN_PROGRESS\", \"publicNote\": \"Klaar.\", \"templateId\": \"" + CLOSING_TEMPLATE + "\"}");
        assertThat(api).hasStatus(422);
        JsonNode error = body(api).path("errors").get(0);
        assertThat(error.path("name").asString()).isEqualTo("templateId");
        assertThat(error.path("reason").asString()).isEqualTo(
                "The template 'Afgehandeld' belongs to the status 'Closed', not to 'Being dealt with'. Choose that status or another template.");
        // the page without JavaScript: the template's text is the reply, the mismatch is said next to the template
        MvcTestResult page = mvc.post().uri("/meldingen/" + id + "/stand").param("lang", "en")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf())
                .param("status", "IN_PROGRESS").param("templateId", CLOSING_TEMPLATE).exchange();
        assertThat(page).hasStatus(422);
        assertThat(page(page)).contains("href=\"#templateId\"", "aria-describedby=\"templateId-error",
                "The template &#39;Afgehandeld&#39; belongs to the status &#39;Closed&#39;");
        assertThat(count("report_status_change")).isEqualTo(changes);
        assertThat(jdbc.sql("select status from report where id = ?::uuid").param(id).query(String.class).single()).isEqualTo("RECEIVED");

        // with the status it belongs to, the template closes the report
        MvcTestResult closed = mvc.post().uri("/meldingen/" + id + "/stand")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf())
                .param("status", "CLOSED").param("templateId", CLOSING_TEMPLATE).exchange();
        assertThat(closed).hasStatus(302);
        assertThat(jdbc.sql("select status from report where id = ?::uuid").param(id).query(String.class).single()).isEqualTo("CLOSED");

        // a new template names its status; "received" is no step a reply belongs to
        long templates = count("reply_template");
        MvcTestResult wrong = english("begeleider", "/api/v1/reports/reply-templates",
                "{\"title\": \"Klaar\", \"body\": \"Opgelost.\", \"status\": \"RECEIVED\"}");
        assertThat(wrong).hasStatus(422);
        assertThat(body(wrong).path("errors").get(0).path("name").asString()).isEqualTo("status");
        assertThat(count("reply_template")).isEqualTo(templates);
        MvcTestResult added = english("begeleider", "/api/v1/reports/reply-templates",
                "{\"title\": \"Opgelost met de buren\", \"body\": \"Opgelost.\", \"status\": \"CLOSED\"}");
        assertThat(added).hasStatus(201);
        String templateId = body(added).path("id").asString();
        assertThat(body(call("GET", "begeleider", "/api/v1/reports/reply-templates", null)).valueStream()
                .filter(t -> t.path("id").asString().equals(templateId)).findFirst().orElseThrow().path("status").asString())
                .isEqualTo("CLOSED");
        assertThat(call("DELETE", "begeleider", "/api/v1/reports/reply-templates/" + templateId, null)).hasStatus(204);
    }

    @Test
    void staff_forward_a_report_to_another_queue_with_a_reason_that_goes_into_the_history_and_the_processing_log() {
        String id = report("127.0.4.8");
        String code = jdbc.sql("select tracking_code from report where id = ?::uuid").param(id).query(String.class).single();
        long changes = count("report_status_change");
        MvcTestResult refused = mvc.post().uri("/meldingen/" + id + "/doorsturen").param("lang", "en")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf()).param("forwardTo", "").param("reason", " ").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(page(refused)).contains("href=\"#forwardTo\"", "href=\"#reason\"", "Choose the queue the report goes to.",
                "Give the reason for forwarding (at most 500 characters).", "aria-describedby=\"forwardTo-error");
        MvcTestResult same = mvc.post().uri("/meldingen/" + id + "/doorsturen").param("lang", "en")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf()).param("forwardTo", "GM0505").param("reason", "x").exchange();
        assertThat(same).hasStatus(422);
        assertThat(page(same)).contains("The report is already in this queue.");
        assertThat(count("report_status_change")).isEqualTo(changes);

        MvcTestResult forwarded = mvc.post().uri("/meldingen/" + id + "/doorsturen")
                .with(user(users.loadUserByUsername("gemeente"))).with(csrf())
                .param("forwardTo", "leger-des-heils").param("reason", "Gaat over de nachtopvang").exchange();
        assertThat(forwarded).hasStatus(302);
        assertThat(forwarded.getResponse().getRedirectedUrl()).isEqualTo("/meldingen/" + id + "?doorgestuurd");
        assertThat(jdbc.sql("select routed_to, route_target from report where id = ?::uuid").param(id).query().singleRow())
                .containsEntry("routed_to", "leger-des-heils").containsEntry("route_target", "PROVIDER");
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'reports.forward' and object_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        // the provider now has it, with the reason in the history; the reporter sees no forwarding
        assertThat(page(mvc.get().uri("/meldingen/" + id).with(user(users.loadUserByUsername("begeleider"))).exchange()))
                .contains("Doorgestuurd van ", " naar Leger des Heils: Gaat over de nachtopvang");
        assertThat(body(mvc.get().uri("/api/v1/reports/" + code).exchange()).path("updates").size()).isEqualTo(1);
    }
}
