package nl.thuisbasis.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import testsupport.DemoApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Committee, covenant, liveability and the improvement track of a location")
class OversightDetailsIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MvcTestResult call(String method, String user, String uri, String body) {
        return new DemoApi(mvc, json).call(method, user, uri, body);
    }

    private JsonNode body(MvcTestResult result) {
        return new DemoApi(mvc, json).body(result);
    }

    private String facility(String name) {
        return jdbc.sql("select id::text from facility where name = ?").param(name).query(String.class).single();
    }

    @Test
    void the_provider_keeps_the_committee_with_members_by_party_and_a_stale_version_is_refused() throws Exception {
        String base = "/api/v1/oversight/locations/" + facility("Skaeve Huse Kerkeplaat");
        int version = body(call("GET", "begeleider", base, null)).path("version").asInt();
        String committee = """
                {"version": %d, "present": true, "members": {"RESIDENTS": "Twee omwonenden van de Kerkeplaat",
                 "POLICE": "Wijkagent", "PROVIDER": "Leger des Heils, locatiemanager"}, "meetingCadence": "elk kwartaal",
                 "lastMeeting": "%s", "nextMeeting": "%s", "minutesUrl": "https://example.org/verslagen"}"""
                .formatted(version, LocalDate.now().minusDays(20), LocalDate.now().plusDays(70));
        MvcTestResult saved = call("PUT", "begeleider", base + "/committee", committee);
        assertThat(saved).hasStatusOk();
        JsonNode profile = body(saved);
        assertThat(profile.path("committeePresent").asBoolean()).isTrue();
        assertThat(profile.path("committeeMembers").path("RESIDENTS").asString()).isEqualTo("Twee omwonenden van de Kerkeplaat");
        assertThat(profile.path("committeeMembers").size()).isEqualTo(3);

        assertThat(call("PUT", "begeleider", base + "/committee", committee)).as("same version again").hasStatus(409);
        String bad = """
                {"version": %d, "present": true, "members": {}, "lastMeeting": "%s", "minutesUrl": "javascript:alert(1)"}"""
                .formatted(profile.path("version").asInt(), LocalDate.now().plusDays(3));
        MvcTestResult refused = call("PUT", "begeleider", base + "/committee", bad);
        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        assertThat(refused.getResponse().getContentAsString()).contains("ten minste één partij", "toekomst", "https://");
        assertThat(body(call("GET", "begeleider", base, null)).path("version").asInt()).isEqualTo(profile.path("version").asInt());

        // a corporation does not see this location in full, so it cannot edit it either
        assertThat(call("PUT", "corporatie", base + "/committee", committee)).hasStatus(404);
    }

    @Test
    void a_covenant_is_current_when_reviewed_within_24_months() {
        String base = "/api/v1/oversight/locations/" + facility("Nacht- en crisisopvang Kromhout/Kasperspad");
        int version = body(call("GET", "gemeente", base, null)).path("version").asInt();
        JsonNode old = body(call("PUT", "gemeente", base + "/covenant", """
                {"version": %d, "present": true, "signedOn": "2019-03-01", "lastReview": "%s", "hasReportRegister": true, "hasReportCard": true}"""
                .formatted(version, LocalDate.now().minusMonths(25))));
        assertThat(old.path("covenantCurrent").asBoolean()).isFalse();
        JsonNode fresh = body(call("PUT", "gemeente", base + "/covenant", """
                {"version": %d, "present": true, "signedOn": "2019-03-01", "lastReview": "%s", "hasReportRegister": true, "hasReportCard": true}"""
                .formatted(old.path("version").asInt(), LocalDate.now().minusMonths(23))));
        assertThat(fresh.path("covenantCurrent").asBoolean()).isTrue();
        assertThat(call("PUT", "gemeente", base + "/covenant", """
                {"version": %d, "present": false, "signedOn": "2019-03-01"}""".formatted(fresh.path("version").asInt())))
                .hasStatus(422);
    }

    @Test
    void liveability_measurements_before_and_after() {
        String base = "/api/v1/oversight/locations/" + facility("Tussenvoorziening Sterrenburg");
        assertThat(call("POST", "gemeente", base + "/liveability-measurements", """
                {"kind": "BASELINE", "method": "Leefbaarometer", "score": 3.9, "measuredOn": "2025-05-01"}""")).hasStatus(201);
        MvcTestResult after = call("POST", "gemeente", base + "/liveability-measurements", """
                {"kind": "FOLLOW_UP", "method": "Leefbaarometer", "score": 4.2, "measuredOn": "2026-05-01", "notes": "na een jaar"}""");
        assertThat(after).hasStatus(201);
        JsonNode measurements = body(after).path("measurements");
        assertThat(measurements).hasSizeGreaterThanOrEqualTo(2);
        assertThat(measurements.get(measurements.size() - 1).path("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(call("POST", "gemeente", base + "/liveability-measurements", """
                {"kind": "LATER", "method": "", "measuredOn": "2099-01-01"}""")).hasStatus(422);
    }

    @Test
    void an_improvement_track_has_a_plan_of_actions_with_overdue_ones_flagged_on_the_location_and_the_overview() {
        String id = facility("Crisisplekken gezinnen");
        String base = "/api/v1/oversight/locations/" + id;
        String action = """
                {"description": "Extra begeleiding in de avonduren", "ownerOrganisation": "leger-des-heils", "deadline": "%s"}"""
                .formatted(LocalDate.now().minusDays(3));
        assertThat(call("POST", "gemeente", base + "/improvement-actions", action)).as("no track yet").hasStatus(422);
        assertThat(call("POST", "gemeente", base + "/regime-changes", """
                {"to": "IMPROVEMENT_TRACK", "reason": "Ernstig incident met een bewoner en omwonenden", "urgent": true,
                 "decidedBy": "Driehoek", "decidedOn": "%s"}""".formatted(LocalDate.now()))).hasStatus(201);
        assertThat(call("POST", "gemeente", base + "/improvement-actions", action)).hasStatus(201);
        JsonNode profile = body(call("POST", "gemeente", base + "/improvement-actions", """
                {"description": "Camera bij de ingang", "ownerOrganisation": "Gemeente Dordrecht", "deadline": "%s"}"""
                .formatted(LocalDate.now().plusDays(30))));
        JsonNode track = profile.path("track");
        assertThat(track.path("actions")).hasSize(2);
        assertThat(track.path("actions").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(track.path("actions").get(1).path("overdue").asBoolean()).isFalse();
        assertThat(track.path("goal").asString()).contains("Ernstig incident");

        JsonNode overdue = body(call("GET", "gemeente", "/api/v1/oversight/overdue-actions", null));
        assertThat(overdue.valueStream().map(a -> a.path("facilityId").asString())).contains(id);
        JsonNode overview = body(call("GET", "gemeente", "/api/v1/oversight/locations", null));
        assertThat(overview.valueStream().filter(r -> r.path("profile").path("facilityId").asString().equals(id)).findFirst()
                .orElseThrow().path("profile").path("track").path("actions")).hasSize(2);

        // the provider (owner of the first action) marks it done: progress 1 of 2, nothing overdue any more
        JsonNode first = track.path("actions").get(0);
        MvcTestResult done = call("PATCH", "begeleider", base + "/improvement-actions/" + first.path("id").asString(),
                "{\"version\": %d, \"status\": \"DONE\"}".formatted(first.path("version").asInt()));
        assertThat(done).hasStatusOk();
        assertThat(body(done).path("track").path("actions").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(call("PATCH", "begeleider", base + "/improvement-actions/" + first.path("id").asString(),
                "{\"version\": %d, \"status\": \"DONE\"}".formatted(first.path("version").asInt()))).hasStatus(409);
        assertThat(body(call("GET", "gemeente", "/api/v1/oversight/overdue-actions", null)).valueStream()
                .map(a -> a.path("facilityId").asString())).doesNotContain(id);

        // leaving the track closes it
        assertThat(call("POST", "gemeente", base + "/regime-changes", """
                {"to": "STRICTER", "reason": "Plan grotendeels uitgevoerd", "decidedBy": "Driehoek", "decidedOn": "%s"}"""
                .formatted(LocalDate.now()))).hasStatus(201);
        assertThat(body(call("GET", "gemeente", base, null)).path("track").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from improvement_track where facility_id = ?::uuid and ended_on is not null")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_oversight_pages_answer_for_the_municipality_and_not_for_a_corporation() {
        String id = facility("Tussenvoorziening Sterrenburg");
        assertThat(mvc.get().uri("/toezicht").with(user(demo("gemeente")))).hasStatusOk();
        assertThat(mvc.get().uri("/toezicht/locaties/" + id).with(user(demo("gemeente")))).hasStatusOk()
                .bodyText().contains("Escalatieladder", "Meldingen per maand");
        assertThat(mvc.get().uri("/toezicht").with(user(demo("corporatie")))).hasStatus(403);
        assertThat(mvc.get().uri("/toezicht/locaties/not-an-id").with(user(demo("gemeente")))).hasStatus(404);
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.security.core.userdetails.UserDetails demo(String name) {
        return users.loadUserByUsername(name);
    }
}
