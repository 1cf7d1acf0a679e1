package nl.thuisbasis.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("A location on the escalation ladder")
class OversightApiIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MvcTestResult post(String user, String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    private static String move(String to, boolean urgent) {
        return """
                {"to": "%s", "reason": "Meldingen over overlast in de avond", "urgent": %s,
                 "decidedBy": "Overleg zorg en veiligheid Dordrecht", "decidedOn": "%s"}""".formatted(to, urgent, LocalDate.now().minusDays(1));
    }

    @Test
    void a_municipality_moves_a_location_up_the_ladder_and_the_history_keeps_every_step() {
        String id = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        String base = "/api/v1/oversight/locations/" + id;

        assertThat(post("gemeente", base + "/regime-changes", move("ACTIVE_BASIC", false))).hasStatus(201);
        MvcTestResult skipping = post("gemeente", base + "/regime-changes", move("IMPROVEMENT_TRACK", false));
        assertThat(skipping).hasStatus(422).hasContentType("application/problem+json");
        assertThat(post("gemeente", base + "/extra-supervision",
                "{\"on\": true, \"reason\": \"boa's\", \"decidedOn\": \"2026-01-01\"}")).hasStatus(422);
        assertThat(post("gemeente", base + "/regime-changes", move("IMPROVEMENT_TRACK", true))).hasStatus(201);
        assertThat(post("gemeente", base + "/extra-supervision",
                "{\"on\": true, \"reason\": \"Meer boa's en politie\", \"decidedOn\": \"" + LocalDate.now() + "\"}")).hasStatusOk();
        MvcTestResult down = post("regio", base + "/regime-changes", move("STRICTER", false));
        assertThat(down).hasStatus(201);
        JsonNode profile = json.readTree(down.getResponse().getContentAsByteArray());
        assertThat(profile.path("regime").asString()).isEqualTo("STRICTER");
        assertThat(profile.path("extraSupervision").asBoolean()).isFalse();
        assertThat(profile.path("history")).hasSize(3);
        assertThat(profile.path("history").get(0).path("decidedBy").asString()).isEqualTo("Overleg zorg en veiligheid Dordrecht");
        assertThat(jdbc.sql("select count(*) from extra_supervision_change where facility_id = ?::uuid and not switched_on")
                .param(id).query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> jdbc.sql("delete from regime_change where facility_id = ?::uuid").param(id).update())
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void only_the_municipality_of_the_location_coordinators_and_admins_move_it() {
        String id = jdbc.sql("select id::text from facility where name = 'Tussenvoorziening Sterrenburg'").query(String.class).single();
        String uri = "/api/v1/oversight/locations/" + id + "/regime-changes";
        assertThat(post("corporatie", uri, move("ACTIVE_BASIC", false))).hasStatus(404);
        assertThat(post("begeleider", uri, move("ACTIVE_BASIC", false))).hasStatus(404);
        assertThat(mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(move("ACTIVE_BASIC", false)).exchange())
                .hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/oversight/locations/" + id).with(httpBasic("gemeente", PASSWORD)).exchange())
                .hasStatusOk();
        String zwijndrecht = jdbc.sql("select id::text from facility where municipality_code = 'GM0642' and not secret_address limit 1")
                .query(String.class).single();
        assertThat(post("gemeente", "/api/v1/oversight/locations/" + zwijndrecht + "/regime-changes", move("ACTIVE_BASIC", false)))
                .hasStatus(403);
    }
}
