package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.List;
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
@DisplayName("The facility API")
class FacilityApiIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";
    static final String SECRET_LEGER = "Opvang huiselijk geweld (geheim adres)";
    static final String SECRET_YULIUS = "(gegenereerd) Geheime opvang Zwijndrecht";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult get(String user, String uri) {
        var request = mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON);
        return user == null ? request.exchange() : request.with(httpBasic(user, PASSWORD)).exchange();
    }

    private JsonNode items(String user, String uri) {
        MvcTestResult result = get(user, uri);
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsByteArray()).path("items");
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.path("name").asString()));
        return names;
    }

    private MvcTestResult send(String method, String user, String uri, String body) {
        var request = switch (method) {
            case "POST" -> mvc.post();
            case "PUT" -> mvc.put();
            default -> mvc.delete();
        };
        var spec = request.uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec = spec.content(body);
        }
        return user == null ? spec.exchange() : spec.with(httpBasic(user, PASSWORD)).exchange();
    }

    static String body(String name, double lon, double lat, String provider, Integer version) {
        return """
                {"name": "%s", "type": "HOUSING_FIRST", "targetGroups": ["HOMELESS"], "providerCode": "%s",
                 "street": "Testweg", "houseNumber": "12a", "postcode": "3311 ab", "place": "Dordrecht",
                 "lon": %s, "lat": %s, "capacity": 1, "capacityUnit": "UNITS", "status": "IN_USE",
                 "contracted": true %s}""".formatted(name, provider, lon, lat,
                version == null ? "" : ", \"version\": " + version);
    }

    private long count() {
        return jdbc.sql("select count(*) from facility").query(Long.class).single();
    }

    @Test
    void the_public_sees_only_publicly_listed_facilities_and_no_secret_or_unlisted_address() throws Exception {
        MvcTestResult result = get(null, "/api/v1/facilities?pageSize=1000");
        assertThat(result).hasStatusOk();
        String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode items = json.readTree(text).path("items");
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.path("detail").asString()).isEqualTo("public"));
        assertThat(text).doesNotContain(SECRET_LEGER, SECRET_YULIUS, "Tussenvoorziening Sterrenburg", "Sterrenburglaan");
        long listed = jdbc.sql("select count(*) from facility where publicly_listed and status in ('PLANNED','BEING_REALISED','IN_USE')")
                .query(Long.class).single();
        assertThat(items).hasSize((int) listed);
    }

    @Test
    void a_secret_address_is_seen_by_its_own_provider_and_the_admin_only() {
        assertThat(names(items("begeleider", "/api/v1/facilities?pageSize=1000"))).contains(SECRET_LEGER).doesNotContain(SECRET_YULIUS);
        assertThat(names(items("beheerder", "/api/v1/facilities?pageSize=1000"))).contains(SECRET_LEGER, SECRET_YULIUS);
        for (String user : List.of("gemeente", "regio", "corporatie")) {
            assertThat(names(items(user, "/api/v1/facilities?pageSize=1000"))).as(user).doesNotContain(SECRET_LEGER, SECRET_YULIUS);
        }
        String secretId = jdbc.sql("select id::text from facility where name = ?").param(SECRET_LEGER).query(String.class).single();
        assertThat(get("gemeente", "/api/v1/facilities/" + secretId)).hasStatus(404);
        assertThat(get(null, "/api/v1/facilities/" + secretId)).hasStatus(404);
        assertThat(get("begeleider", "/api/v1/facilities/" + secretId)).hasStatusOk();
    }

    @Test
    void corporations_see_the_providers_layer_without_street_addresses() {
        JsonNode items = items("corporatie", "/api/v1/facilities?pageSize=1000");
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat(i.path("detail").asString()).isEqualTo("area");
            assertThat(i.has("street")).isFalse();
            assertThat(i.path("pc6").asString()).matches("\\d{4}[A-Z]{2}");
            assertThat(i.has("providerName")).isTrue();
        });
    }

    @Test
    void filters_combine_and_unknown_values_are_a_bad_request() {
        JsonNode items = items("gemeente", "/api/v1/facilities?municipality=GM0505&type=SKAEVE_HUSE,CRISIS_SHELTER&pageSize=1000");
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat(i.path("municipalityCode").asString()).isEqualTo("GM0505");
            assertThat(i.path("type").asString()).isIn("SKAEVE_HUSE", "CRISIS_SHELTER");
        });
        assertThat(names(items)).contains("Skaeve Huse Kerkeplaat", "Nacht- en crisisopvang Kromhout/Kasperspad");
        JsonNode two = items("gemeente", "/api/v1/facilities?municipality=GM0482,GM0590&pageSize=1000");
        assertThat(two).extracting(i -> i.path("municipalityCode").asString()).contains("GM0482", "GM0590")
                .allMatch(code -> code.equals("GM0482") || code.equals("GM0590"));
        assertThat(items("gemeente", "/api/v1/facilities?region=drechtsteden-alblasserwaard&municipality=GM0599")).isEmpty();
        MvcTestResult bad = get(null, "/api/v1/facilities?type=KASTEEL");
        assertThat(bad).hasStatus(400).hasContentType("application/problem+json");
    }

    @Test
    void the_list_comes_as_geojson_points_on_request() {
        MvcTestResult result = mvc.get().uri("/api/v1/facilities?pageSize=5").accept("application/geo+json").exchange();
        assertThat(result).hasStatusOk().hasContentType("application/geo+json");
        JsonNode collection = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").get(0).path("geometry").path("type").asString()).isEqualTo("Point");
    }

    @Test
    void a_municipality_registers_changes_and_removes_a_facility_and_two_editors_never_overwrite_each_other() {
        MvcTestResult created = send("POST", "gemeente", "/api/v1/facilities",
                body("API-test woning", 4.6725, 51.8115, "leger-des-heils", null));
        assertThat(created).hasStatus(201).containsHeader("Location");
        JsonNode facility = json.readTree(created.getResponse().getContentAsByteArray());
        String id = facility.path("id").asString();
        assertThat(facility.path("municipalityCode").asString()).isEqualTo("GM0505");
        assertThat(facility.path("neighbourhoodCode").asString()).startsWith("BU0505");
        assertThat(facility.path("pc4").asString()).isEqualTo("3311");
        assertThat(facility.path("postcode").asString()).isEqualTo("3311AB");
        assertThat(facility.path("version").asInt()).isZero();

        MvcTestResult first = send("PUT", "gemeente", "/api/v1/facilities/" + id,
                body("API-test woning (gewijzigd)", 4.6725, 51.8115, "leger-des-heils", 0));
        assertThat(first).hasStatusOk();
        MvcTestResult second = send("PUT", "regio", "/api/v1/facilities/" + id,
                body("API-test woning (oude versie)", 4.6725, 51.8115, "leger-des-heils", 0));
        assertThat(second).hasStatus(409).hasContentType("application/problem+json");
        assertThat(jdbc.sql("select name from facility where id = ?::uuid").param(id).query(String.class).single())
                .isEqualTo("API-test woning (gewijzigd)");

        assertThat(send("DELETE", "gemeente", "/api/v1/facilities/" + id + "?version=0", null)).hasStatus(409);
        assertThat(send("DELETE", "gemeente", "/api/v1/facilities/" + id + "?version=1", null)).hasStatus(204);
        assertThat(get("gemeente", "/api/v1/facilities/" + id)).hasStatus(404);
    }

    @Test
    void wrong_input_is_refused_field_by_field_and_changes_nothing() {
        long before = count();
        MvcTestResult result = send("POST", "gemeente", "/api/v1/facilities", """
                {"name": "", "type": "KASTEEL", "targetGroups": [], "postcode": "12", "lon": 51.8, "lat": 4.6,
                 "capacity": -1, "status": "IN_USE"}""");
        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("name").asString()));
        assertThat(fields).contains("type");
        assertThat(send("POST", "gemeente", "/api/v1/facilities", "{not json")).hasStatus(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_municipality_cannot_register_across_its_border_and_a_provider_not_for_another_provider() {
        long before = count();
        // a point in Zwijndrecht
        MvcTestResult across = send("POST", "gemeente", "/api/v1/facilities",
                body("Over de grens", 4.6389, 51.8139, "leger-des-heils", null));
        assertThat(across).hasStatus(422);
        MvcTestResult other = send("POST", "begeleider", "/api/v1/facilities",
                body("Voor een ander", 4.6725, 51.8115, "yulius", null));
        assertThat(other).hasStatus(422);
        assertThat(send("POST", "corporatie", "/api/v1/facilities", body("Corporatie", 4.6725, 51.8115, "yulius", null)))
                .hasStatus(403);
        assertThat(send("POST", null, "/api/v1/facilities", body("Anoniem", 4.6725, 51.8115, "yulius", null)))
                .hasStatus(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void only_who_will_still_see_it_may_give_a_facility_a_secret_address() {
        long before = count();
        String secret = body("Geheim door de gemeente", 4.68, 51.81, "leger-des-heils", null)
                .replace("\"contracted\": true", "\"contracted\": true, \"secretAddress\": true");
        MvcTestResult refused = send("POST", "gemeente", "/api/v1/facilities", secret);
        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        assertThat(json.readTree(refused.getResponse().getContentAsByteArray()).path("errors").toString()).contains("secretAddress");
        assertThat(count()).isEqualTo(before);
    }
}
