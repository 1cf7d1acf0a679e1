package nl.thuisbasis.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("The siting API")
class SitingApiIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";
    static final String KASPERSPAD = """
            {"lon": 4.6725, "lat": 51.8115, "facilityType": "CRISIS_SHELTER", "capacity": 20, "address": "Testlocatie"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult post(String user, String uri, String body) {
        var spec = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
        return user == null ? spec.exchange() : spec.with(httpBasic(user, PASSWORD)).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void a_scan_without_saving_answers_the_verdict_and_its_reasons_and_stores_nothing() {
        long before = jdbc.sql("select count(*) from scan").query(Long.class).single();
        MvcTestResult result = post("gemeente", "/api/v1/siting/scans", KASPERSPAD);
        assertThat(result).hasStatusOk();
        JsonNode scan = body(result);
        assertThat(scan.path("verdict").asString()).isIn("GREEN", "ORANGE", "RED");
        assertThat(scan.path("areaCode").asString()).startsWith("BU0505");
        assertThat(scan.path("indicators")).isNotEmpty();
        assertThat(scan.path("drivers").get(0).asString()).startsWith("Belastingsscore");
        assertThat(jdbc.sql("select count(*) from scan").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_saved_scan_keeps_its_model_version_after_the_weights_change_and_cannot_be_altered() {
        MvcTestResult saved = post("gemeente", "/api/v1/siting/scans?save=true", KASPERSPAD);
        assertThat(saved).hasStatus(201).containsHeader("Location");
        JsonNode scan = body(saved);
        int usedVersion = scan.path("modelVersion").asInt();

        JsonNode model = body(mvc.get().uri("/api/v1/siting/models/drechtsteden-alblasserwaard")
                .with(httpBasic("regio", PASSWORD)).exchange());
        StringBuilder indicators = new StringBuilder();
        model.path("indicators").forEach(i -> indicators.append(indicators.isEmpty() ? "" : ",").append(
                "{\"key\":\"%s\",\"direction\":\"%s\",\"weight\":%s}".formatted(i.path("key").asString(),
                        i.path("direction").asString(), i.path("key").asString().equals("placesPer1000") ? 5 : i.path("weight").asDouble())));
        String newModel = "{\"indicators\":[" + indicators + "],\"orangeFrom\":45,\"redFrom\":75,\"note\":\"test\"}";
        assertThat(post("gemeente", "/api/v1/siting/models/drechtsteden-alblasserwaard", newModel)).hasStatus(403);
        MvcTestResult changed = post("regio", "/api/v1/siting/models/drechtsteden-alblasserwaard", newModel);
        assertThat(changed).hasStatus(201);
        assertThat(body(changed).path("version").asInt()).isGreaterThan(usedVersion);

        JsonNode reread = body(mvc.get().uri("/api/v1/siting/scans/" + scan.path("id").asString())
                .with(httpBasic("gemeente", PASSWORD)).exchange());
        assertThat(reread.path("modelVersion").asInt()).isEqualTo(usedVersion);
        assertThat(reread.path("strain").asDouble()).isEqualTo(scan.path("strain").asDouble());
        assertThat(reread.path("orangeFrom").asDouble()).isEqualTo(scan.path("orangeFrom").asDouble());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update scan set verdict = 'GREEN' where id = ?::uuid")
                .param(scan.path("id").asString()).update()).hasMessageContaining("cannot be changed");
    }

    @Test
    void a_saved_scan_comes_as_a_pdf_with_its_verdict_indicators_and_map() throws Exception {
        String area = body(post("gemeente", "/api/v1/siting/scans", KASPERSPAD)).path("areaCode").asString();
        assertThat(post("gemeente", "/api/v1/siting/notes", "{\"areaCode\":\"" + area
                + "\",\"text\":\"Buurtoverleg over de nachtopvang\"}")).hasStatus(201);
        String id = body(post("gemeente", "/api/v1/siting/scans?save=true", KASPERSPAD)).path("id").asString();
        MvcTestResult pdf = mvc.get().uri("/api/v1/siting/scans/" + id + "/pdf").with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/scan.pdf"), bytes);
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            // a long name wraps in its cell ("Kromhout /Kasperspad" in the embedded font): spaces around a slash do not count
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ")
                    .replaceAll(" ?/ ?", "/");
            assertThat(text).contains("Draagkrachtscan", "Advies:", "Indicatoren", "Voorzieningen binnen de straal", "Crisisopvang",
                    "Nacht- en crisisopvang Kromhout/Kasperspad").doesNotContain("Opvang huiselijk geweld")
                    .as("a neighbourhood note names its organisation, not its code")
                    .contains("Buurtoverleg over de nachtopvang", "(Gemeente Dordrecht)").doesNotContain("(gm-dordrecht)", "(GM0505)");
        }
        assertThat(mvc.get().uri("/api/v1/siting/scans/" + id + "/pdf").with(httpBasic("corporatie", PASSWORD)).exchange())
                .hasStatus(403);
    }

    @Test
    void only_municipal_roles_may_scan() {
        assertThat(post("corporatie", "/api/v1/siting/scans", KASPERSPAD)).hasStatus(403);
        assertThat(post("begeleider", "/api/v1/siting/scans", KASPERSPAD)).hasStatus(403);
        assertThat(post(null, "/api/v1/siting/scans", KASPERSPAD)).hasStatus(401);
        assertThat(post("regio", "/api/v1/siting/scans", KASPERSPAD)).hasStatusOk();
    }

    @Test
    void wrong_input_gets_a_problem_and_a_point_outside_the_regions_a_reason() {
        assertThat(post("gemeente", "/api/v1/siting/scans", "{\"lon\": 4.67}")).hasStatus(400)
                .hasContentType("application/problem+json");
        assertThat(post("gemeente", "/api/v1/siting/scans",
                "{\"lon\": 2.0, \"lat\": 49.0, \"facilityType\": \"HOUSING_FIRST\", \"capacity\": 1}")).hasStatus(422);
    }

    @Test
    void a_local_index_file_is_imported_all_or_nothing_and_becomes_an_indicator() {
        var bad = new MockMultipartFile("file", "wijkprofiel.csv", "text/csv", """
                code;jaar;index;waarde
                BU05050205;2024;veiligheidsindex;87
                BU99999999;2024;veiligheidsindex;90
                BU05050900;twintig;veiligheidsindex;101
                BU05050205;2024;veiligheidsindex;88
                """.getBytes(StandardCharsets.UTF_8));
        MvcTestResult refused = mvc.post().uri("/api/v1/siting/local-indices").multipart().file(bad)
                .with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(refused).hasStatus(422);
        assertThat(body(refused).path("errors")).hasSize(3);
        assertThat(jdbc.sql("select count(*) from local_index where name = 'veiligheidsindex'").query(Long.class).single()).isZero();

        var good = new MockMultipartFile("file", "wijkprofiel.csv", "text/csv", """
                code,year,index,value
                BU05050205,2024,veiligheidsindex,87
                BU05050900,2024,veiligheidsindex,"101,5"
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/api/v1/siting/local-indices").multipart().file(good)
                .with(httpBasic("gemeente", PASSWORD)).exchange()).hasStatus(201);
        JsonNode model = body(mvc.get().uri("/api/v1/siting/heatmap?region=drechtsteden-alblasserwaard&facilityType=HOUSING_FIRST&capacity=1")
                .with(httpBasic("gemeente", PASSWORD)).exchange());
        assertThat(model.path("cells")).isNotEmpty();
        jdbc.sql("delete from local_index where name = 'veiligheidsindex'").update();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("saving a scan twice with the same Idempotency-Key stores it once and answers the same scan")
    void a_saved_scan_with_an_idempotency_key_is_stored_once() {
        long before = jdbc.sql("select count(*) from scan").query(Long.class).single();
        String key = "scan-" + java.util.UUID.randomUUID();
        MvcTestResult first = mvc.post().uri("/api/v1/siting/scans?save=true").contentType(MediaType.APPLICATION_JSON)
                .content(KASPERSPAD).header("Idempotency-Key", key).with(httpBasic("gemeente", PASSWORD)).exchange();
        MvcTestResult again = mvc.post().uri("/api/v1/siting/scans?save=true").contentType(MediaType.APPLICATION_JSON)
                .content(KASPERSPAD).header("Idempotency-Key", key).with(httpBasic("gemeente", PASSWORD)).exchange();
        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(201);
        assertThat(again.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(body(again).path("id").asString()).isEqualTo(body(first).path("id").asString());
        assertThat(jdbc.sql("select count(*) from scan").query(Long.class).single()).isEqualTo(before + 1);
    }
}
