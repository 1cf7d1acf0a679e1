package nl.thuisbasis.outflow.contingent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("The contingent preview of the demo region")
class ContingentPreviewIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Test
    void fifty_a_year_sums_to_fifty_dordrecht_gets_the_largest_share_and_the_smallest_municipalities_two_or_three() {
        DemoApi api = new DemoApi(mvc, json);
        JsonNode preview = api.body(api.call("POST", "gemeente", "/api/v1/outflow/contingents/preview",
                "{\"region\": \"drechtsteden-alblasserwaard\", \"year\": 2026, \"total\": 50, \"careLoadCorrection\": false}"));
        List<JsonNode> municipalities = preview.path("municipalities").valueStream().toList();
        assertThat(municipalities).hasSizeGreaterThan(5);
        assertThat(municipalities.stream().mapToInt(m -> m.path("contingent").asInt()).sum()).isEqualTo(50);
        assertThat(municipalities.get(0).path("name").asString()).isEqualTo("Dordrecht");
        assertThat(municipalities.get(0).path("households").asLong()).isEqualTo(56_730);
        long smallest = municipalities.stream().mapToLong(m -> m.path("households").asLong()).min().orElseThrow();
        assertThat(municipalities.stream().filter(m -> m.path("households").asLong() == smallest).findFirst().orElseThrow()
                .path("contingent").asInt()).isBetween(2, 3);

        JsonNode corrected = api.body(api.call("POST", "gemeente", "/api/v1/outflow/contingents/preview",
                "{\"region\": \"drechtsteden-alblasserwaard\", \"year\": 2026, \"total\": 50, \"careLoadCorrection\": true}"));
        assertThat(corrected.path("municipalities").valueStream().mapToInt(m -> m.path("contingent").asInt()).sum()).isEqualTo(50);

        assertThat(api.call("POST", "gemeente", "/api/v1/outflow/contingents/preview",
                "{\"region\": \"nergens\", \"year\": 2026, \"total\": 50}")).hasStatus(422).hasContentType("application/problem+json");
        assertThat(api.call("POST", "gemeente", "/api/v1/outflow/contingents/preview", "{\"region\": \"drechtsteden-alblasserwaard\"}"))
                .hasStatus(400);
    }
}
