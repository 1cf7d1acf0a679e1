package nl.thuisbasis.region.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class RegionApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    private JsonNode getJson(String uri) {
        MvcTestResult result = mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(result).hasStatusOk().hasHeader("API-Version", "1.0.0");
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void the_demo_region_lists_its_nine_municipalities_with_real_cbs_households() {
        JsonNode page = getJson("/api/v1/municipalities?region=drechtsteden-alblasserwaard");

        assertThat(page.path("items")).hasSize(9);
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(9);
        JsonNode dordrecht = find(page.path("items"), "GM0505");
        assertThat(dordrecht.path("households").asLong()).isEqualTo(56730);
        assertThat(dordrecht.path("inhabitants").asLong()).isEqualTo(121434);
        assertThat(find(page.path("items"), "GM0512").path("finestLevel").asString()).isEqualTo("district");
    }

    @Test
    void all_municipalities_of_2023_are_paged() {
        JsonNode page = getJson("/api/v1/municipalities?page=2&pageSize=100");

        // every municipality in the shipped 2023 CBS file
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(343);
        assertThat(page.path("items")).hasSize(100);
        assertThat(page.path("_links").path("next").path("href").asString()).contains("page=3");
        assertThat(page.path("_links").path("prev").path("href").asString()).contains("page=1");
    }

    @Test
    void the_neighbourhoods_of_dordrecht_are_its_133_cbs_buurten() {
        JsonNode page = getJson("/api/v1/neighbourhoods?municipality=GM0505&pageSize=500");

        assertThat(page.path("items")).hasSize(133);
        assertThat(page.path("items").get(0).path("level").asString()).isEqualTo("neighbourhood");
    }

    @Test
    void gorinchem_without_neighbourhood_data_lists_its_districts_as_finest_unit() {
        JsonNode page = getJson("/api/v1/neighbourhoods?municipality=GM0512");

        assertThat(page.path("items")).hasSize(21);
        assertThat(page.path("items").get(0).path("code").asString()).startsWith("WK0512");
        assertThat(page.path("items").get(0).path("level").asString()).isEqualTo("district");
    }

    @Test
    void neighbourhoods_come_as_geojson_when_asked() {
        MvcTestResult result = mvc.get().uri("/api/v1/neighbourhoods?municipality=GM0482")
                .accept(MediaType.parseMediaType("application/geo+json")).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/geo+json");
        JsonNode collection = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features")).hasSize(29);
        JsonNode feature = collection.path("features").get(0);
        assertThat(feature.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(feature.path("properties").path("code").asString()).startsWith("BU0482");
    }

    @Test
    void a_neighbourhood_shows_its_own_cbs_figures_and_borrows_housing_figures_from_its_district() {
        JsonNode groenmarkt = getJson("/api/v1/neighbourhoods/BU05050101");

        assertThat(groenmarkt.path("year").asInt()).isEqualTo(2023);
        assertThat(groenmarkt.path("keyFigures").path("aantalInwoners").asInt()).isEqualTo(815);
        assertThat(groenmarkt.path("keyFigures").path("aantalHuishoudens").asInt()).isEqualTo(470);
        assertThat(groenmarkt.path("districtFigures").path("districtCode").asString()).isEqualTo("WK050501");
        assertThat(groenmarkt.path("districtFigures").path("year").asInt()).isEqualTo(2022);
        assertThat(groenmarkt.path("districtFigures").path("keyFigures").has("dwelling_value")).isTrue();
        assertThat(groenmarkt.path("districtFigures").path("note").asString()).contains("WK050501");
    }

    @Test
    void the_neighbourhoods_of_a_region_are_paged_in_the_order_of_its_municipalities() {
        JsonNode region = getJson("/api/v1/regions/drechtsteden-alblasserwaard");
        java.util.List<String> all = new java.util.ArrayList<>();
        for (JsonNode municipality : region.path("municipalities")) {
            getJson("/api/v1/neighbourhoods?municipality=" + municipality.asString() + "&pageSize=1000").path("items")
                    .forEach(item -> all.add(item.path("code").asString()));
        }

        JsonNode second = getJson("/api/v1/neighbourhoods?region=drechtsteden-alblasserwaard&pageSize=50&page=2");

        assertThat(second.path("page").path("totalElements").asInt()).isEqualTo(all.size());
        assertThat(second.path("items")).hasSize(50);
        java.util.List<String> codes = new java.util.ArrayList<>();
        second.path("items").forEach(item -> codes.add(item.path("code").asString()));
        assertThat(codes).isEqualTo(all.subList(50, 100));
    }

    @Test
    void texts_of_the_api_are_english_when_asked() {
        MvcTestResult area = mvc.get().uri("/api/v1/neighbourhoods/BU05050101").header("Accept-Language", "en").exchange();
        MvcTestResult unknown = mvc.get().uri("/api/v1/municipalities/GM9999").header("Accept-Language", "en").exchange();
        MvcTestResult filter = mvc.get().uri("/api/v1/neighbourhoods?municipality=Dordrecht").header("Accept-Language", "en")
                .exchange();

        JsonNode groenmarkt = json.readTree(area.getResponse().getContentAsByteArray());
        assertThat(groenmarkt.path("districtFigures").path("note").asString())
                .isEqualTo("Figures of district WK050501 (2022), because the neighbourhood has none of its own.");
        assertThat(groenmarkt.path("source").asString()).isEqualTo("Source: CBS / Kadaster, 2023");
        assertThat(unknown).hasStatus(404);
        assertThat(json.readTree(unknown.getResponse().getContentAsByteArray()).path("detail").asString())
                .isEqualTo("Municipality 'GM9999' does not exist.");
        assertThat(filter).hasStatus(400);
        JsonNode problem = json.readTree(filter.getResponse().getContentAsByteArray());
        assertThat(problem.path("detail").asString()).isEqualTo("Parameter 'municipality' must be a GM code, such as GM0505.");
        assertThat(problem.path("errors").get(0).path("name").asString()).isEqualTo("municipality");
        assertThat(getJson("/api/v1/neighbourhoods/BU05050101").path("districtFigures").path("note").asString())
                .isEqualTo("Cijfers van wijk WK050501 (2022), omdat de buurt deze zelf niet heeft.");
    }

    @Test
    void an_unknown_neighbourhood_is_a_problem_json_404() {
        MvcTestResult result = mvc.get().uri("/api/v1/neighbourhoods/BU99999999").exchange();

        assertThat(result).hasStatus(404).hasContentType("application/problem+json").hasHeader("API-Version", "1.0.0");
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asString()).isEqualTo("not-found");
        assertThat(problem.path("title").asString()).isEqualTo("Niet gevonden");
        assertThat(problem.path("detail").asString()).contains("BU99999999");
    }

    @Test
    void problem_titles_are_english_when_asked() {
        MvcTestResult result = mvc.get().uri("/api/v1/neighbourhoods/BU99999999").header("Accept-Language", "en").exchange();

        assertThat(json.readTree(result.getResponse().getContentAsByteArray()).path("title").asString())
                .isEqualTo("Not found");
    }

    @Test
    void bad_paging_and_filter_parameters_are_problem_json_400() {
        for (String uri : new String[] {"/api/v1/municipalities?pageSize=0", "/api/v1/municipalities?page=abc",
            "/api/v1/neighbourhoods?municipality=Dordrecht", "/api/v1/neighbourhoods",
            "/api/v1/municipalities?region=atlantis"}) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result).as(uri).hasStatus(400).hasContentType("application/problem+json");
        }
    }

    @Test
    void an_unknown_api_path_is_a_problem_json_404() {
        MvcTestResult result = mvc.get().uri("/api/v1/bestaat-niet")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("beheerder", "Thuisbasis-demo-2026")).exchange();

        assertThat(result).hasStatus(404).hasContentType("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/bestaat-niet").exchange()).hasStatus(401)
                .hasContentType("application/problem+json");
    }

    @Test
    void regions_are_listed_with_their_central_municipality() {
        JsonNode region = getJson("/api/v1/regions/drechtsteden-alblasserwaard");

        assertThat(region.path("centralMunicipality").asString()).isEqualTo("GM0505");
        assertThat(region.path("municipalities")).hasSize(9);
        assertThat(getJson("/api/v1/regions").path("items")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void the_openapi_document_is_served_and_kept_for_the_linter() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/openapi.json").exchange();

        assertThat(result).hasStatusOk();
        JsonNode openApi = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(openApi.path("openapi").asString()).startsWith("3.");
        assertThat(openApi.path("paths").has("/municipalities")).isTrue();
        assertThat(openApi.path("servers").get(0).path("url").asString()).isEqualTo("/api/v1");
        assertThat(mvc.get().uri("/api/v1/swagger-ui/index.html").exchange()).hasStatusOk();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/openapi.json"), result.getResponse().getContentAsByteArray());
    }

    @Test
    void health_is_up_for_everyone_and_shows_its_components_only_to_admins() {
        MvcTestResult result = mvc.get().uri("/actuator/health").exchange();
        assertThat(result).hasStatusOk();
        JsonNode health = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).as("the public sees UP or DOWN only").isFalse();

        JsonNode forStaff = json.readTree(mvc.get().uri("/actuator/health")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("regio").roles("REGION_COORDINATOR"))
                .exchange().getResponse().getContentAsByteArray());
        assertThat(forStaff.has("components")).isFalse();
        JsonNode forAdmin = json.readTree(mvc.get().uri("/actuator/health")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("beheerder").roles("ADMIN"))
                .exchange().getResponse().getContentAsByteArray());
        assertThat(forAdmin.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.path("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code + " not in " + items);
    }
}
