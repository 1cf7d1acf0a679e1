package nl.thuisbasis.siting;

import static org.assertj.core.api.Assertions.assertThat;
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
@DisplayName("Initiatives through the API")
class InitiativeApiIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("gemeente", PASSWORD)).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private String step(String step, LocalDate date, String extra) {
        return "{\"step\": \"%s\", \"date\": \"%s\"%s}".formatted(step, date, extra);
    }

    @Test
    void a_retried_creation_with_the_same_idempotency_key_registers_one_initiative() {
        String key = java.util.UUID.randomUUID().toString();
        String body = """
                {"name": "Initiatief herhaald verzoek", "providerCode": "yulius", "facilityType": "PROTECTED_HOUSING",
                 "targetGroups": ["PSYCHIATRIC"], "capacity": 8, "capacityUnit": "PLACES", "street": "Testlaan",
                 "houseNumber": "7", "postcode": "3311AA", "place": "Dordrecht", "lon": 4.6725, "lat": 51.8115}""";
        MvcTestResult first = mvc.post().uri("/api/v1/siting/initiatives").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key).with(httpBasic("gemeente", PASSWORD)).exchange();
        MvcTestResult again = mvc.post().uri("/api/v1/siting/initiatives").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key).with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(201);
        assertThat(body(again).path("id").asString()).isEqualTo(body(first).path("id").asString());
        assertThat(jdbc.sql("select count(*) from initiative where name = 'Initiatief herhaald verzoek'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_initiative_walks_from_scan_to_in_use_and_then_stands_in_the_register() {
        MvcTestResult created = post("/api/v1/siting/initiatives", """
                {"name": "Initiatief beschermd wonen Testlaan", "providerCode": "yulius", "facilityType": "PROTECTED_HOUSING",
                 "targetGroups": ["PSYCHIATRIC"], "capacity": 10, "capacityUnit": "PLACES", "street": "Testlaan",
                 "houseNumber": "5", "postcode": "3311AA", "place": "Dordrecht", "lon": 4.6725, "lat": 51.8115}""");
        assertThat(created).hasStatus(201);
        String id = body(created).path("id").asString();
        String steps = "/api/v1/siting/initiatives/" + id + "/steps";
        LocalDate day = LocalDate.now().minusDays(60);

        // no decision without a saved scan
        assertThat(post(steps, step("DECISION", day, ", \"decisionBody\": \"COUNCIL\", \"approved\": true"))).hasStatus(422);

        String scanId = body(post("/api/v1/siting/scans?save=true",
                "{\"lon\": 4.6725, \"lat\": 51.8115, \"facilityType\": \"PROTECTED_HOUSING\", \"capacity\": 10}")).path("id").asString();
        assertThat(post(steps, step("SCAN", day, ", \"scanId\": \"" + scanId + "\""))).hasStatus(201);
        assertThat(post(steps, step("NEIGHBOURS_INFORMED", day.plusDays(10), ", \"notes\": \"Brief aan 120 adressen\""))).hasStatus(201);
        // published before the neighbours were informed: refused
        MvcTestResult early = post(steps, step("DECISION", day.plusDays(20),
                ", \"decisionBody\": \"COUNCIL\", \"approved\": true, \"publishedOn\": \"" + day.plusDays(5) + "\""));
        assertThat(early).hasStatus(422);
        assertThat(body(early).path("detail").asString()).contains("Omwonenden horen het eerst");
        // the executive does not decide on protected housing
        assertThat(post(steps, step("DECISION", day.plusDays(20), ", \"decisionBody\": \"EXECUTIVE\", \"approved\": true")))
                .hasStatus(422);
        assertThat(post(steps, step("DECISION", day.plusDays(20),
                ", \"decisionBody\": \"COUNCIL\", \"approved\": true, \"publishedOn\": \"" + day.plusDays(21) + "\""))).hasStatus(201);
        assertThat(post(steps, step("REALISATION", day.plusDays(30), ""))).hasStatus(201);
        MvcTestResult inUse = post(steps, step("IN_USE", day.plusDays(50), ""));
        assertThat(inUse).hasStatus(201);
        JsonNode initiative = body(inUse);
        assertThat(initiative.path("facilityId").asString()).isNotBlank();
        assertThat(jdbc.sql("select status from facility where id = ?::uuid").param(initiative.path("facilityId").asString())
                .query(String.class).single()).isEqualTo("IN_USE");
        // nothing after in use
        assertThat(post(steps, step("COMMUNICATION_PLAN", day.plusDays(55), ""))).hasStatus(422);
    }

    @Test
    void providers_and_corporations_do_not_manage_initiatives() {
        assertThat(mvc.get().uri("/api/v1/siting/initiatives").with(httpBasic("begeleider", PASSWORD)).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/siting/initiatives").with(httpBasic("corporatie", PASSWORD)).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/siting/initiatives").exchange()).hasStatus(401);
    }
}
