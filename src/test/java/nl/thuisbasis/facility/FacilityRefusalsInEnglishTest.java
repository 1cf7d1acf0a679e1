package nl.thuisbasis.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal reads in the reader's language, in the form (next to each field, in the summary), in the import report
 * and in the API, and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Facility refusals in English")
class FacilityRefusalsInEnglishTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private long count() {
        return jdbc.sql("select count(*) from facility").query(Long.class).single();
    }

    private static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_form_shows_each_problem_in_english_next_to_its_field_and_keeps_what_was_typed() throws Exception {
        long before = count();
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/voorzieningen/nieuw").with(csrf()).param("lang", "en")
                .with(user(accounts.loadUserByUsername("gemeente")))
                .param("name", "").param("street", "Voorstraat").param("postcode", "12").param("lon", "veel")
                .param("lat", "51.8").param("capacity", "-3").param("capacityUnit", "PLACES").param("status", "IN_USE")
                .param("openedOn", "31-02-2026")).andReturn();
        String page = text(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page).contains("id=\"error-summary\"", "href=\"#name\"", "href=\"#type\"", "href=\"#targetGroups\"",
                "href=\"#lon\"", "href=\"#capacity\"", "href=\"#postcode\"", "href=\"#openedOn\"")
                .contains("Name is required.", "Choose the type of facility.", "Choose at least one target group.",
                        "This is not a number", "Capacity must be between 0 and 2000.",
                        "Postcode &#39;12&#39; is not a Dutch postcode")
                .doesNotContain("Naam is verplicht", "Kies het soort voorziening", "is geen getal", "moet tussen",
                        "Nederlandse postcode")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"name-error", "aria-describedby=\"lon-error",
                        "id=\"capacity-error\"")
                .contains("value=\"Voorstraat\"", "value=\"veel\"", "value=\"31-02-2026\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void the_api_refuses_in_english_field_by_field_and_stores_nothing() throws Exception {
        long before = count();
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/facilities").with(httpBasic("gemeente", PASSWORD))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "", "type": "KASTEEL", "targetGroups": ["HOMELESS"], "providerCode": "nergens",
                         "street": "Testweg", "houseNumber": "1", "postcode": "3311AB", "place": "Dordrecht",
                         "lon": 51.8, "lat": 4.6, "capacity": 1, "capacityUnit": "UNITS", "status": "IN_USE"}""")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("code").asString()).isEqualTo("invalid-facility");
        assertThat(problem.path("title").asString()).isEqualTo("Facility not saved");
        assertThat(problem.path("detail").asString()).startsWith("Not saved.").contains("'KASTEEL' is not a valid value")
                .doesNotContain("geen", "verplicht", "Nederland");
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("name").asString() + ": " + e.path("reason").asString()));
        assertThat(errors).contains("name: Name is required.", "providerCode: Care provider 'nergens' is not known.")
                .anySatisfy(e -> assertThat(e).startsWith("type: 'KASTEEL' is not a valid value; choose from"))
                .anySatisfy(e -> assertThat(e).startsWith("point: The point (51.8, 4.6) is not in the Netherlands"));
        assertThat(count()).isEqualTo(before);

        MvcResult missing = mvc.perform(MockMvcRequestBuilders.get("/api/v1/facilities/00000000-0000-0000-0000-000000000000")
                .with(httpBasic("gemeente", PASSWORD)).header("Accept-Language", "en")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(text(missing)).contains("does not exist or is not visible to you");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/facilities/geen-id").with(httpBasic("gemeente", PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/voorzieningen/geen-id/bewerken")
                .with(user(accounts.loadUserByUsername("gemeente")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        MvcResult badFilter = mvc.perform(MockMvcRequestBuilders.get("/api/v1/facilities?municipality=Dordrecht")
                .header("Accept-Language", "en")).andReturn();
        assertThat(badFilter.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(badFilter)).contains("'Dordrecht' is not a GM code").doesNotContain("geen GM-code");
    }

    @Test
    void an_import_is_refused_in_english_row_by_row_with_position_and_column() throws Exception {
        long before = count();
        String csv = "naam,kleur\nA,rood\n";
        MvcResult api = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/facility-imports")
                .file(new MockMultipartFile("file", "import.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("gemeente", PASSWORD)).header("Accept-Language", "en")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(api.getResponse().getContentAsByteArray());
        assertThat(problem.path("code").asString()).isEqualTo("import-rejected");
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("position").asInt() + " " + e.path("column").asString() + ": "
                + e.path("reason").asString()));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("1 kleur: Unknown column 'kleur'. Allowed are: naam, soort"))
                .anySatisfy(e -> assertThat(e).isEqualTo("1 postcode: Required column 'postcode' is missing."));
        assertThat(problem.toString()).doesNotContain("Onbekende kolom", "ontbreekt");

        MvcResult page = mvc.perform(MockMvcRequestBuilders.multipart("/voorzieningen/import").file(new MockMultipartFile(
                "file", "import.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).param("lang", "en")
                .with(user(accounts.loadUserByUsername("gemeente")))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(page)).contains("data-testid=\"import-failed\"", "Unknown column &#39;kleur&#39;")
                .doesNotContain("Onbekende kolom");

        MvcResult noFile = mvc.perform(MockMvcRequestBuilders.multipart("/voorzieningen/import").with(csrf())
                .param("lang", "en").with(user(accounts.loadUserByUsername("gemeente")))).andReturn();
        assertThat(noFile.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(noFile)).contains("href=\"#file\"", "Choose a file.", "aria-invalid=\"true\"",
                "aria-describedby=\"file-error file-hint\"").doesNotContain("Kies een bestand");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_wrong_filter_on_the_table_and_a_wrong_ogc_request_read_in_english() throws Exception {
        MvcResult table = mvc.perform(MockMvcRequestBuilders.get("/voorzieningen/tabel?category=KASTEEL&lang=en")).andReturn();
        assertThat(table.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(table)).contains("&#39;KASTEEL&#39; is not a valid value; choose from SHELTER")
                .doesNotContain("geen geldige waarde");

        MvcResult ogc = mvc.perform(MockMvcRequestBuilders.get("/ogc/collections/facility-areas/items?limit=0&lang=en")).andReturn();
        assertThat(ogc.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(ogc)).contains("limit must be between 1 and 10000").doesNotContain("moet tussen");
        MvcResult dutch = mvc.perform(MockMvcRequestBuilders.get("/ogc/collections/facility-areas/items?limit=veel")).andReturn();
        assertThat(text(dutch)).contains("limit moet een geheel getal zijn.");
    }
}
