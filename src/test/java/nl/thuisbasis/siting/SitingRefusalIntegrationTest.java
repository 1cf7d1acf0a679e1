package nl.thuisbasis.siting;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of the scan, the model, the heatmap, the notes and the initiatives in the reader's language: each problem
 * next to its field and in the summary, nothing stored; saved scans in any language, and older ones as they were.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Capacity scan refusals and texts in the reader's language")
class SitingRefusalIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";
    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService accounts;

    private MvcResult page(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.loadUserByUsername(who)))).andReturn();
    }

    private static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult api(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(who, PASSWORD)).header("Accept-Language", "en")).andReturn();
    }

    private JsonNode body(MvcResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void a_refused_scan_shows_each_problem_next_to_its_field_in_english_and_stores_nothing() throws Exception {
        long before = count("scan");
        MvcResult refused = page("gemeente", MockMvcRequestBuilders.post("/draagkracht/scans").param("lang", "en")
                .param("lat", "51.81").param("capacity", "veel").param("address", "Achter de kerk"));
        String html = text(refused);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html).contains("id=\"error-summary\"", "href=\"#lon\"", "href=\"#type\"", "href=\"#capacity\"")
                .contains("Choose a point on the map, or enter longitude and latitude.", "Choose the type of facility.",
                        "The capacity must be a whole number, for example 12.")
                .doesNotContain("Kies een punt op de kaart", "Kies het soort voorziening", "Vul de capaciteit in")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"capacity-error", "aria-describedby=\"lon-error")
                .contains("value=\"veel\"", "value=\"Achter de kerk\"");
        assertThat(count("scan")).isEqualTo(before);

        MvcResult outside = page("gemeente", MockMvcRequestBuilders.get("/draagkracht/scan").param("lang", "en")
                .param("lon", "2,0").param("lat", "49.0").param("type", "HOUSING_FIRST").param("capacity", "3000"));
        assertThat(outside.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(outside)).contains("The capacity must be between 1 and 2000.").doesNotContain("De capaciteit moet");
        MvcResult nowhere = page("gemeente", MockMvcRequestBuilders.get("/draagkracht/scan").param("lang", "en")
                .param("lon", "2,0").param("lat", "49.0").param("type", "HOUSING_FIRST").param("capacity", "3"));
        assertThat(text(nowhere)).contains("The point lies outside the municipalities", "href=\"#lon\"")
                .doesNotContain("Het punt ligt buiten");
        assertThat(count("scan")).isEqualTo(before);
    }

    @Test
    void the_api_refuses_a_scan_in_english_with_the_field_of_each_problem() throws Exception {
        MvcResult range = api("gemeente", MockMvcRequestBuilders.post("/api/v1/siting/scans")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lon\": 4.6725, \"lat\": 51.8115, \"facilityType\": \"HOUSING_FIRST\", \"capacity\": 5000}"));
        assertThat(range.getResponse().getStatus()).isEqualTo(422);
        JsonNode problem = body(range);
        assertThat(problem.path("code").asString()).isEqualTo("scan-refused");
        assertThat(problem.path("detail").asString()).contains("The capacity must be between 1 and 2000.")
                .doesNotContain("capaciteit");
        assertThat(problem.path("errors").get(0).path("name").asString()).isEqualTo("capacity");

        MvcResult missing = api("gemeente", MockMvcRequestBuilders.post("/api/v1/siting/scans")
                .contentType(MediaType.APPLICATION_JSON).content("{\"facilityType\": \"KASTEEL\"}"));
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).path("detail").asString()).contains("'KASTEEL' is not a type of facility.")
                .doesNotContain("geen soort");
    }

    @Test
    void a_saved_scan_stores_its_reasons_as_keys_and_reads_in_either_language() throws Exception {
        MvcResult saved = api("gemeente", MockMvcRequestBuilders.post("/api/v1/siting/scans?save=true")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lon\": 4.6725, \"lat\": 51.8115, \"facilityType\": \"CRISIS_SHELTER\", \"capacity\": 20}"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(201);
        JsonNode scan = body(saved);
        assertThat(scan.path("drivers").get(0).asString()).startsWith("Strain score");
        String id = scan.path("id").asString();

        JsonNode stored = json.readTree(jdbc.sql("select snapshot::text from scan where id = ?::uuid").param(id)
                .query(String.class).single());
        assertThat(stored.has("drivers")).isFalse();
        assertThat(stored.path("reasons").get(0).path("key").asString()).isEqualTo("siting.reason.total");

        String english = text(page("gemeente", MockMvcRequestBuilders.get("/draagkracht/scans/" + id).param("lang", "en")));
        assertThat(english).contains("Strain score", "One-person households (%)", "Places in facilities per 1,000 inhabitants")
                .doesNotContain("Belastingsscore", "Eenpersoonshuishoudens (%)", "Plekken in voorzieningen");
        String dutch = text(page("gemeente", MockMvcRequestBuilders.get("/draagkracht/scans/" + id)));
        assertThat(dutch).contains("Belastingsscore", "Eenpersoonshuishoudens (%)");

        MvcResult pdf = page("gemeente", MockMvcRequestBuilders.get("/draagkracht/scans/" + id + "/pdf").param("lang", "en"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Capacity scan", "Advice:", "Indicators", "Facilities within the radius", "Strain score")
                    .doesNotContain("Voorzieningen binnen de straal", "Belastingsscore", "Waarom dit advies");
        }
    }

    @Test
    void a_scan_saved_before_the_texts_moved_to_the_bundles_keeps_showing_what_it_stored() throws Exception {
        JsonNode model = body(api("gemeente", MockMvcRequestBuilders.get("/api/v1/siting/models/" + REGION)));
        int version = model.path("version").asInt();
        UUID id = UUID.randomUUID();
        String snapshot = """
                {"id": "%s", "createdBy": "gemeente", "createdAt": "2025-03-01T10:00:00Z", "lon": 4.6725, "lat": 51.8115,
                 "facilityType": "CRISIS_SHELTER", "capacity": 20, "regionCode": "%s", "municipalityCode": "GM0505",
                 "areaCode": "BU05050205", "areaName": "Oud Dordrecht", "modelVersion": %d, "orangeFrom": 50, "redFrom": 70,
                 "strain": 81.5, "verdict": "RED",
                 "indicators": [{"key": "placesPer1000", "label": "Plekken per 1.000 inwoners (oud)", "direction": "HIGHER_IS_MORE_STRAIN",
                   "weight": 2, "value": 25, "regionMedian": 3, "percentile": 98, "strain": 98, "contribution": 40}],
                 "drivers": ["Belastingsscore 82 van 100 (groen onder 50, rood vanaf 70): afgeraden."],
                 "radiusMetres": 500, "facilitiesInRadius": [], "notes": [], "regionAreas": 300}"""
                .formatted(id, REGION, version);
        jdbc.sql("""
                insert into scan (id, region_code, model_version, lon, lat, area_code, municipality_code, facility_type,
                    capacity, strain, verdict, snapshot, created_by, created_at)
                values (?, ?, ?, 4.6725, 51.8115, 'BU05050205', 'GM0505', 'CRISIS_SHELTER', 20, 81.5, 'RED', ?::jsonb,
                    'gemeente', now())""").params(id, REGION, version, snapshot).update();

        String english = text(page("gemeente", MockMvcRequestBuilders.get("/draagkracht/scans/" + id).param("lang", "en")));
        assertThat(english).contains("Belastingsscore 82 van 100 (groen onder 50, rood vanaf 70): afgeraden.",
                "Plekken per 1.000 inwoners (oud)");
        assertThat(body(api("gemeente", MockMvcRequestBuilders.get("/api/v1/siting/scans/" + id))).path("drivers").get(0)
                .asString()).startsWith("Belastingsscore 82");
    }

    @Test
    void a_refused_model_shows_the_weight_that_could_not_be_read_next_to_it_and_saves_no_version() throws Exception {
        long before = count("scoring_model");
        MvcResult refused = page("regio", MockMvcRequestBuilders.post("/draagkracht/model").param("lang", "en")
                .param("weights[placesPer1000]", "veel").param("weights[income_low]", "1,5")
                .param("orangeFrom", "80").param("redFrom", "40"));
        String html = text(refused);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html).contains("id=\"error-summary\"", "href=\"#weights-placesPer1000-\"", "href=\"#orangeFrom\"")
                .contains("The thresholds must rise: 0 ≤ orange &lt; red ≤ 100.",
                        "Places in facilities per 1,000 inhabitants (with this facility): &#39;veel&#39; is not a weight.")
                .doesNotContain("De drempels moeten oplopen", "is geen gewicht")
                .contains("aria-describedby=\"weights-placesPer1000--error\"", "value=\"veel\"", "value=\"1,5\"");
        assertThat(count("scoring_model")).isEqualTo(before);
    }

    @Test
    void the_english_pages_name_the_indicators_and_the_first_model_in_english() throws Exception {
        String model = text(page("regio", MockMvcRequestBuilders.get("/draagkracht/model").param("lang", "en")));
        assertThat(model).contains("Facilities within 500 m", "One-person households (%)",
                        "the initial model with the default weights")
                .doesNotContain("Voorzieningen binnen", "Eenpersoonshuishoudens (%)", "Beginmodel", "systeem");
        String heatmap = text(page("gemeente", MockMvcRequestBuilders.get("/draagkracht/heatmap").param("lang", "en")));
        assertThat(heatmap).contains("Red: advised against").doesNotContain("afgeraden");
    }

    @Test
    void the_model_api_neither_shows_nor_writes_a_model_for_a_region_that_does_not_exist() throws Exception {
        long before = count("scoring_model");
        assertThat(api("regio", MockMvcRequestBuilders.get("/api/v1/siting/models/atlantis")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(api("regio", MockMvcRequestBuilders.get("/api/v1/siting/models/atlantis?version=1")).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(api("regio", MockMvcRequestBuilders.post("/api/v1/siting/models/atlantis")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicators\": [{\"key\": \"placesPer1000\", \"direction\": \"HIGHER_IS_MORE_STRAIN\", \"weight\": 1}],"
                        + " \"orangeFrom\": 50, \"redFrom\": 70}")).getResponse().getStatus()).isEqualTo(404);
        assertThat(count("scoring_model")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from scoring_model where region_code = 'atlantis'").query(Long.class).single())
                .isZero();

        MvcResult invalid = api("regio", MockMvcRequestBuilders.post("/api/v1/siting/models/" + REGION)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicators\": [{\"key\": \"placesPer1000\", \"direction\": \"HIGHER_IS_MORE_STRAIN\", \"weight\": 0}],"
                        + " \"orangeFrom\": 70, \"redFrom\": 50}"));
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(invalid).path("detail").asString()).contains("Give at least one indicator a weight above 0.")
                .doesNotContain("Geef minstens");
        assertThat(count("scoring_model")).isEqualTo(before);
    }

    @Test
    void a_refused_local_index_file_and_heatmap_speak_english() throws Exception {
        var file = new MockMultipartFile("bestand", "wijkprofiel.csv", "text/csv",
                "code;jaar;index;waarde\nBU99999999;2024;engels-index;90\n".getBytes(StandardCharsets.UTF_8));
        MvcResult imported = mvc.perform(MockMvcRequestBuilders.multipart("/draagkracht/indices").file(file).param("lang", "en")
                .with(csrf()).with(user(accounts.loadUserByUsername("gemeente")))).andReturn();
        assertThat(imported.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(imported)).contains("Row 2: Area &#39;BU99999999&#39; is not known.").doesNotContain("niet bekend");
        assertThat(jdbc.sql("select count(*) from local_index where name = 'engels-index'").query(Long.class).single()).isZero();

        MvcResult heatmap = page("gemeente", MockMvcRequestBuilders.get("/draagkracht/heatmap").param("lang", "en")
                .param("type", "HOUSING_FIRST").param("capacity", "5000"));
        assertThat(heatmap.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(heatmap)).contains("The capacity must be between 1 and 2000.", "href=\"#capacity\"",
                "aria-describedby=\"capacity-error\"");
    }

    @Test
    void a_refused_note_comes_back_next_to_the_note_field() throws Exception {
        long before = count("neighbourhood_note");
        MvcResult refused = page("gemeente", MockMvcRequestBuilders.post("/draagkracht/notities").param("lang", "en")
                .param("areaCode", "BU05050205").param("text", " ").param("back", "/draagkracht"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/draagkracht#notes");
        assertThat(((nl.thuisbasis.platform.FormErrors) refused.getFlashMap().get("formErrors")).texts())
                .containsExactly("Write the note.");
        assertThat(count("neighbourhood_note")).isEqualTo(before);
        assertThat(page("gemeente", MockMvcRequestBuilders.post("/draagkracht/notities")
                .param("areaCode", "BU99999999").param("text", "Een notitie")).getResponse().getStatus()).isEqualTo(404);
        MvcResult api = api("gemeente", MockMvcRequestBuilders.post("/api/v1/siting/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"areaCode\": \"BU99999999\", \"text\": \"\"}"));
        assertThat(api.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(api).path("detail").asString()).contains("Area 'BU99999999' does not exist.",
                "Write the note.");
        assertThat(count("neighbourhood_note")).isEqualTo(before);
    }

    @Test
    void a_refused_step_and_initiative_show_the_process_rules_in_english_at_their_fields() throws Exception {
        MvcResult created = api("gemeente", MockMvcRequestBuilders.post("/api/v1/siting/initiatives")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Initiatief Engelse teksten", "providerCode": "yulius", "facilityType": "PROTECTED_HOUSING",
                         "targetGroups": ["PSYCHIATRIC"], "capacity": 8, "street": "Testlaan", "houseNumber": "7",
                         "postcode": "3311AA", "place": "Dordrecht", "lon": 4.6725, "lat": 51.8115}"""));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = body(created).path("id").asString();

        MvcResult refused = page("gemeente", MockMvcRequestBuilders.post("/initiatieven/" + id + "/stappen").param("lang", "en")
                .param("step", "DECISION").param("date", LocalDate.now().minusDays(3).toString())
                .param("decisionBody", "EXECUTIVE").param("approved", "true").param("publishedOn", "31-02-2026"));
        String html = text(refused);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html).contains("A decision can only be recorded once there is a saved scan.",
                        "The municipal council decides on protected housing and shelter.")
                .doesNotContain("Een besluit kan pas", "besluit de gemeenteraad")
                .contains("href=\"#decisionBody\"", "href=\"#publishedOn\"", "aria-describedby=\"decisionBody-error\"",
                        "value=\"31-02-2026\"");
        assertThat(jdbc.sql("select count(*) from initiative_step where initiative_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();

        MvcResult api = api("gemeente", MockMvcRequestBuilders.post("/api/v1/siting/initiatives/" + id + "/steps")
                .contentType(MediaType.APPLICATION_JSON).content("{\"step\": \"ONBEKEND\", \"date\": \"2026-01-01\"}"));
        assertThat(api.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(api).path("detail").asString()).contains("'ONBEKEND' is not a valid step.");

        long initiatives = count("initiative");
        MvcResult unnamed = page("gemeente", MockMvcRequestBuilders.post("/initiatieven/nieuw").param("lang", "en")
                .param("type", "PROTECTED_HOUSING").param("providerCode", "yulius").param("capacity", "8")
                .param("street", "Testlaan").param("houseNumber", "9").param("postcode", "3311AA").param("place", "Dordrecht")
                .param("lon", "4,6725").param("lat", "51.8115").param("targetGroups", "PSYCHIATRIC"));
        assertThat(unnamed.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(unnamed)).contains("Give the initiative a name (at most 200 characters).", "href=\"#name\"",
                "aria-describedby=\"name-error\"", "value=\"Testlaan\"").doesNotContain("Geef het initiatief een naam");
        assertThat(count("initiative")).isEqualTo(initiatives);
        assertThat(page("gemeente", MockMvcRequestBuilders.get("/initiatieven/geen-id")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(api("gemeente", MockMvcRequestBuilders.get("/api/v1/siting/initiatives/geen-id")).getResponse()
                .getStatus()).isEqualTo(404);
    }
}
