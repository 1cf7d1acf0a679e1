package nl.thuisbasis.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

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
@DisplayName("An inventory of a municipality's contracted locations")
class InventoryApiIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void a_municipality_inventories_its_contracted_locations_and_gets_the_counts_and_the_urgent_list() {
        MvcTestResult started = mvc.post().uri("/api/v1/oversight/inventories").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Inventarisatie najaar\"}").with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(started).hasStatus(201);
        JsonNode inventory = body(started).path("inventory");
        long expected = jdbc.sql("""
                select count(*) from facility where municipality_code = 'GM0505' and contracted and not secret_address
                and status in ('IN_USE', 'BEING_REALISED')""").query(Long.class).single();
        assertThat(inventory.path("answers")).hasSize((int) expected);
        assertThat(inventory.path("answers").toString()).doesNotContain("Opvang huiselijk geweld");

        String id = inventory.path("id").asString();
        String location = inventory.path("answers").get(0).path("locationCode").asString();
        MvcTestResult answered = mvc.put().uri("/api/v1/oversight/inventories/" + id + "/locations/" + location)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"committeePresent": false, "covenantPresent": true, "covenantLastReviewed": "2022-01-01",
                         "reportRegisterKept": true, "reportCardPresent": false, "neededRegime": "STRICTER"}""")
                .with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(answered).hasStatusOk();
        JsonNode result = body(answered).path("result");
        // other tests may have moved demo locations on the ladder already: count from the checklists themselves
        int stricterOrWorse = 0;
        for (JsonNode a : body(answered).path("inventory").path("answers")) {
            String regime = a.path("neededRegime").asString();
            if (regime.equals("STRICTER") || regime.equals("IMPROVEMENT_TRACK")) {
                stricterOrWorse++;
            }
        }
        assertThat(result.path("perRegime").path("STRICTER").asInt() + result.path("perRegime").path("IMPROVEMENT_TRACK").asInt())
                .isEqualTo(stricterOrWorse).isPositive();
        assertThat(result.path("committeesToRestart").asInt()).isGreaterThanOrEqualTo(1);
        java.util.List<String> urgentTop = new java.util.ArrayList<>();
        for (int i = 0; i < stricterOrWorse; i++) {
            urgentTop.add(result.path("mostUrgentFirst").get(i).path("answers").path("locationCode").asString());
        }
        assertThat(urgentTop).contains(location);
        assertThat(body(answered).path("inventory").path("answered").asInt()).isEqualTo(1);

        assertThat(mvc.put().uri("/api/v1/oversight/inventories/" + id + "/locations/" + location)
                .contentType(MediaType.APPLICATION_JSON).content("{\"neededRegime\": \"ERG\"}")
                .with(httpBasic("gemeente", PASSWORD)).exchange()).hasStatus(422);
        MvcTestResult xlsx = mvc.get().uri("/api/v1/oversight/inventories/" + id + "/result.xlsx")
                .with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(xlsx).hasStatusOk();
        assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K');
        assertThat(mvc.get().uri("/api/v1/oversight/inventories/" + id).with(httpBasic("corporatie", PASSWORD)).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/oversight/inventories/" + id).exchange()).hasStatus(401);
    }
}
