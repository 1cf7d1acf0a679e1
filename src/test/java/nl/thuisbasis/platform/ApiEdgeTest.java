package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks every API call passes before its operation runs (content negotiation, characters, dates, whole numbers),
 * and that a refused call stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("The API's edge: refused before anything is done")
class ApiEdgeTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    static String facility(String name, String opened, String capacity) {
        return """
                {"name": %s, "type": "HOUSING_FIRST", "targetGroups": ["HOMELESS"], "providerCode": "leger-des-heils",
                 "street": "Randweg", "houseNumber": "3", "postcode": "3311 ab", "place": "Dordrecht",
                 "lon": 4.68, "lat": 51.81, "capacity": %s, "capacityUnit": "UNITS", "status": "IN_USE",
                 "contracted": true, "openedOn": %s}""".formatted(name, capacity, opened);
    }

    private MvcTestResult post(String body, MediaType accept) {
        return mvc.post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).accept(accept).content(body)
                .with(httpBasic("gemeente", DemoApi.PASSWORD)).exchange();
    }

    private long facilities() {
        return jdbc.sql("select count(*) from facility").query(Long.class).single();
    }

    private List<String> fields(MvcTestResult result) {
        List<String> fields = new ArrayList<>();
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        problem.path("errors").forEach(e -> fields.add(e.path("name").asString()));
        return fields;
    }

    private MvcTestResult refusedAndNothingStored(Supplier<MvcTestResult> call) {
        long before = facilities();
        MvcTestResult result = call.get();
        assertThat(result.getResponse().getStatus()).isBetween(400, 499);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(result.getResponse().getHeader("API-Version")).isNotBlank();
        assertThat(facilities()).as("a refused request stores nothing").isEqualTo(before);
        return result;
    }

    @Test
    void a_retried_creation_with_the_same_idempotency_key_registers_one_facility() {
        String key = java.util.UUID.randomUUID().toString();
        String body = facility("\"Herhaald verzoek Randweg\"", "null", "4");
        long before = facilities();
        MvcTestResult first = mvc.post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key).with(httpBasic("gemeente", DemoApi.PASSWORD)).exchange();
        MvcTestResult again = mvc.post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key).with(httpBasic("gemeente", DemoApi.PASSWORD)).exchange();
        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(201);
        assertThat(again.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(facilities()).isEqualTo(before + 1);
    }

    @Test
    void a_post_that_accepts_only_xml_is_refused_before_it_stores_anything() {
        MvcTestResult xml = refusedAndNothingStored(() -> post(facility("\"Randweg XML\"", "null", "4"), MediaType.APPLICATION_XML));
        assertThat(xml).hasStatus(406);
        assertThat(jdbc.sql("select count(*) from facility where name = 'Randweg XML'").query(Long.class).single()).isZero();
    }

    @Test
    void a_control_character_an_impossible_date_or_a_fraction_is_refused_at_its_field() {
        assertThat(fields(refusedAndNothingStored(() -> post(facility("\"Rand\\u0000weg\"", "null", "4"), MediaType.APPLICATION_JSON))))
                .containsExactly("name");
        for (String date : List.of("\"0000-01-01\"", "\"+999999999-12-31\"", "\"2026-02-30\"", "20260101")) {
            assertThat(fields(refusedAndNothingStored(() -> post(facility("\"Randweg\"", date, "4"), MediaType.APPLICATION_JSON))))
                    .as(date).containsExactly("openedOn");
        }
        assertThat(fields(refusedAndNothingStored(() -> post(facility("\"Randweg\"", "null", "1.5"), MediaType.APPLICATION_JSON))))
                .containsExactly("capacity");
        MvcTestResult listed = refusedAndNothingStored(() -> post(facility("\"Randweg\"", "null", "4")
                .replace("[\"HOMELESS\"]", "[\"HOME\\u0001LESS\"]"), MediaType.APPLICATION_JSON));
        assertThat(fields(listed)).containsExactly("targetGroups[0]");
    }

    @Test
    void a_parameter_with_a_control_character_is_refused_with_its_name() {
        MvcTestResult result = mvc.get().uri("/api/v1/siting/notes").param("area", "BU0505\u0000").with(httpBasic("gemeente", DemoApi.PASSWORD))
                .exchange();
        assertThat(result).hasStatus(400);
        assertThat(fields(result)).containsExactly("area");
    }

    @Test
    void reading_a_regions_scoring_model_writes_nothing() {
        String region = "drechtsteden-alblasserwaard";
        long before = jdbc.sql("select count(*) from scoring_model").query(Long.class).single();
        jdbc.sql("delete from scoring_model where region_code = ? and not exists (select 1 from scan where region_code = ?)")
                .params(region, region).update();
        long stored = jdbc.sql("select count(*) from scoring_model").query(Long.class).single();
        assertThat(mvc.get().uri("/api/v1/siting/models/" + region).with(httpBasic("gemeente", DemoApi.PASSWORD)).exchange())
                .hasStatusOk();
        assertThat(jdbc.sql("select count(*) from scoring_model").query(Long.class).single()).isEqualTo(stored);
        assertThat(before).isGreaterThanOrEqualTo(stored);
    }

    @Test
    void a_value_the_database_refuses_is_a_refusal_not_a_server_error() {
        java.sql.SQLException tooLong = new java.sql.SQLException("value too long", "22001");
        assertThat(DatabaseRefusals.of(new org.springframework.dao.DataIntegrityViolationException("x", tooLong), "POST", "/x"))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(422));
        assertThat(DatabaseRefusals.of(new RuntimeException(new java.sql.SQLException("dup", "23505")), "POST", "/x"))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(DatabaseRefusals.of(new java.sql.SQLException("connection", "08006"), "GET", "/x")).isEmpty();
    }

    @Test
    void what_the_application_reads_of_its_own_stays_readable() {
        record Stored(String text, java.time.LocalDate on) {
        }
        Stored stored = json.readValue("{\"text\": \"kolom a\\u0001b\", \"on\": \"1800-01-01\"}", Stored.class);
        assertThat(stored.text()).isEqualTo("kolom a\u0001b");
        assertThat(stored.on()).hasYear(1800);
    }
}
