package nl.thuisbasis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = "thuisbasis.embedded-db.database=planning_api")
@AutoConfigureMockMvc
@DisplayName("The planning API: ambition, bids, commitments and realisation")
class PlanningApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private DemoApi api() {
        return new DemoApi(mvc, json);
    }

    private final int year = Year.now().getValue() + 3;

    @Test
    void the_coordinator_sets_an_ambition_and_its_fair_shares_sum_to_it() {
        DemoApi api = api();
        var created = api.call("POST", "regio", "/api/v1/planning/ambitions",
                "{\"housingType\": \"TRAINING\", \"year\": " + year + ", \"places\": 37, \"careLoadCorrection\": true}");
        assertThat(created).hasStatus(201);
        JsonNode d = api.body(api.call("GET", "gemeente", "/api/v1/planning/ambitions/distribution?housingType=TRAINING&year=" + year, null));
        assertThat(d.path("municipalities").valueStream().mapToInt(m -> m.path("fairShare").asInt()).sum()).isEqualTo(37);
        assertThat(api.call("POST", "gemeente", "/api/v1/planning/ambitions",
                "{\"housingType\": \"TRAINING\", \"year\": " + year + ", \"places\": 3}")).hasStatus(403);
        assertThat(api.body(api.call("GET", "corporatie", "/api/v1/planning/ambitions", null)).path("items").size()).isPositive();
    }

    @Test
    void wrong_numbers_are_refused_with_every_problem_and_nothing_is_stored() {
        DemoApi api = api();
        long before = jdbc.sql("select count(*) from planning_bid").query(Long.class).single();
        var refused = api.call("POST", "gemeente", "/api/v1/planning/bids",
                "{\"housingType\": \"KASTEEL\", \"year\": 1990, \"places\": -4}");
        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = api.body(refused);
        assertThat(problem.path("code").asString()).isEqualTo("planning-refused");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("name").asString()).toList())
                .contains("housingType", "year", "places");
        assertThat(jdbc.sql("select count(*) from planning_bid").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_municipality_bids_for_itself_only_and_two_edits_never_overwrite_each_other() {
        DemoApi api = api();
        assertThat(api.call("POST", "gemeente", "/api/v1/planning/bids",
                "{\"municipality\": \"GM0642\", \"housingType\": \"FLEX\", \"year\": " + year + ", \"places\": 3}")).hasStatus(403);
        assertThat(api.call("POST", "corporatie", "/api/v1/planning/bids",
                "{\"housingType\": \"FLEX\", \"year\": " + year + ", \"places\": 3}")).hasStatus(403);
        var created = api.call("POST", "gemeente", "/api/v1/planning/bids",
                "{\"housingType\": \"FLEX\", \"year\": " + year + ", \"places\": 3, \"note\": \"eerste bod\"}");
        assertThat(created).hasStatus(201);
        String id = api.body(created).path("id").asString();
        assertThat(api.body(created).path("municipalityName").asString()).isEqualTo("Dordrecht");
        assertThat(api.call("PUT", "gemeente", "/api/v1/planning/bids/" + id, "{\"places\": 5, \"version\": 0}")).hasStatusOk();
        assertThat(api.call("PUT", "gemeente", "/api/v1/planning/bids/" + id, "{\"places\": 9, \"version\": 0}")).hasStatus(409);
        assertThat(jdbc.sql("select places from planning_bid where id = ?::uuid").param(id).query(Integer.class).single()).isEqualTo(5);
        String other = jdbc.sql("select id::text from planning_bid where municipality_code <> 'GM0505' limit 1").query(String.class).single();
        assertThat(api.call("PUT", "gemeente", "/api/v1/planning/bids/" + other, "{\"places\": 50, \"version\": 0}")).hasStatus(403);
    }

    @Test
    void a_corporation_records_its_commitments_and_everyone_in_planning_reads_them() {
        DemoApi api = api();
        assertThat(api.call("POST", "corporatie", "/api/v1/planning/commitments",
                "{\"municipality\": \"GM0590\", \"year\": " + year + ", \"dwellings\": 4}")).hasStatus(201);
        assertThat(api.call("POST", "gemeente", "/api/v1/planning/commitments",
                "{\"municipality\": \"GM0590\", \"year\": " + year + ", \"dwellings\": 4}")).hasStatus(403);
        assertThat(api.body(api.call("GET", "gemeente", "/api/v1/planning/commitments?year=" + year, null)).path("items").size()).isPositive();
        assertThat(api.call("GET", "begeleider", "/api/v1/planning/commitments", null)).hasStatus(403);
    }

    @Test
    void the_stage_follows_the_register_a_facility_taken_into_use_makes_the_item_in_use() {
        DemoApi api = api();
        var facility = api.call("POST", "gemeente", "/api/v1/facilities", """
                {"name": "Planning-test woningen", "type": "HOUSING_FIRST", "targetGroups": ["HOMELESS"], "providerCode": "leger-des-heils",
                 "street": "Testweg", "houseNumber": "14", "postcode": "3311 ab", "place": "Dordrecht",
                 "lon": 4.6725, "lat": 51.8115, "capacity": 4, "capacityUnit": "UNITS", "status": "PLANNED", "contracted": true}""");
        assertThat(facility).hasStatus(201);
        String facilityId = api.body(facility).path("id").asString();
        var item = api.call("POST", "regio", "/api/v1/planning/realisation", """
                {"municipality": "GM0505", "housingType": "HOUSING_FIRST", "concept": "Housing First test", "places": 4,
                 "plannedHalfYear": "%d-1", "facilityId": "%s"}""".formatted(year, facilityId));
        assertThat(item).hasStatus(201);
        assertThat(api.body(item).path("stage").asString()).isEqualTo("LOCATION_CHOSEN");
        String itemId = api.body(item).path("id").asString();
        assertThat(api.call("PUT", "gemeente", "/api/v1/facilities/" + facilityId, """
                {"name": "Planning-test woningen", "type": "HOUSING_FIRST", "targetGroups": ["HOMELESS"], "providerCode": "leger-des-heils",
                 "street": "Testweg", "houseNumber": "14", "postcode": "3311 ab", "place": "Dordrecht",
                 "lon": 4.6725, "lat": 51.8115, "capacity": 4, "capacityUnit": "UNITS", "status": "IN_USE", "contracted": true,
                 "version": 0}""")).hasStatusOk();
        assertThat(api.body(api.call("GET", "gemeente", "/api/v1/planning/realisation/" + itemId, null)).path("stage").asString())
                .isEqualTo("IN_USE");
        var bad = api.call("POST", "regio", "/api/v1/planning/realisation",
                "{\"municipality\": \"GM9999\", \"housingType\": \"X\", \"places\": 0, \"plannedHalfYear\": \"2027-3\"}");
        assertThat(bad).hasStatus(422);
        assertThat(api.body(bad).path("errors").valueStream().map(e -> e.path("name").asString()).toList())
                .contains("municipality", "housingType", "concept", "places", "plannedHalfYear");
    }

    @Test
    void the_demo_programme_has_every_stage_and_a_slipped_item() {
        JsonNode list = api().body(api().call("GET", "gemeente", "/api/v1/planning/realisation?pageSize=100", null));
        var stages = list.path("items").valueStream().map(i -> i.path("stage").asString()).toList();
        assertThat(stages).contains("PLAN", "LOCATION_CHOSEN", "UNDER_CONSTRUCTION", "IN_USE");
        assertThat(list.path("items").valueStream().anyMatch(i -> i.path("slipped").asBoolean())).isTrue();
    }
}
