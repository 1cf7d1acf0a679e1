package nl.thuisbasis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = "thuisbasis.embedded-db.database=planning_analysis")
@AutoConfigureMockMvc
@DisplayName("The needs analysis through the API: parameter sets with sources, refusals that list every problem, runs")
class PlanningAnalysisIntegrationTest {

    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Test
    void the_first_set_is_measured_and_every_value_names_its_source() {
        DemoApi api = new DemoApi(mvc, json);
        JsonNode set = api.body(api.call("GET", "regio", "/api/v1/planning/parameter-sets/current?region=" + REGION, null));
        assertThat(set.path("version").asInt()).isGreaterThanOrEqualTo(1);
        List<JsonNode> values = set.path("parameters").valueStream().toList();
        assertThat(values).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path("source").asString()).isIn("MEASURED", "MANUAL", "SEED", "DERIVED");
            assertThat(p.path("sourceText").asString()).isNotBlank();
        });
        assertThat(values).anySatisfy(p -> {
            assertThat(p.path("key").asString()).isEqualTo("PLACES_IN_USE");
            assertThat(p.path("source").asString()).isEqualTo("MEASURED");
            assertThat(p.path("sourceText").asString()).contains("voorzieningenregister");
        });
        assertThat(values).anySatisfy(p -> {
            assertThat(p.path("key").asString()).isEqualTo("STAY_MIN_MONTHS");
            assertThat(p.path("type").asString()).isEqualTo("PROTECTED_HOUSING");
            assertThat(p.path("value").asDouble()).isEqualTo(36);
            assertThat(p.path("sourceText").asString()).contains("Rotterdam");
        });
        // the corporations' commitments for next year, and the region's programme of planned places
        assertThat(values).anySatisfy(p -> {
            assertThat(p.path("key").asString()).isEqualTo("DWELLINGS_PER_YEAR");
            assertThat(p.path("municipality").asString()).isEqualTo("GM0505");
            assertThat(p.path("source").asString()).isEqualTo("MEASURED");
            assertThat(p.path("value").asDouble()).isEqualTo(30);
            assertThat(p.path("sourceText").asString()).contains("toezegging");
        });
        assertThat(values).anySatisfy(p -> {
            assertThat(p.path("key").asString()).isEqualTo("PLACES_PLANNED");
            assertThat(p.path("type").asString()).isEqualTo("SKAEVE_HUSE");
            assertThat(p.path("sourceText").asString()).contains("programma van de regio").contains("Skaeve Huse");
        });
        // a municipal officer reads, but does not keep the parameters
        assertThat(api.call("GET", "gemeente", "/api/v1/planning/parameter-sets/current?region=" + REGION, null)).hasStatusOk();
        assertThat(api.call("POST", "gemeente", "/api/v1/planning/parameter-sets", """
                {"region": "%s", "basedOn": "%s", "changes": []}""".formatted(REGION, set.path("id").asString()))).hasStatus(403);
        assertThat(api.call("GET", "begeleider", "/api/v1/planning/parameter-sets/current?region=" + REGION, null)).hasStatus(403);
        assertThat(api.call("GET", "regio", "/api/v1/planning/parameter-sets/current?region=nergens", null)).hasStatus(404);
    }

    @Test
    void invalid_changes_are_refused_with_every_problem_listed_and_change_nothing() {
        DemoApi api = new DemoApi(mvc, json);
        JsonNode set = api.body(api.call("GET", "regio", "/api/v1/planning/parameter-sets/current?region=" + REGION, null));
        String id = set.path("id").asString();
        MvcTestResult refused = api.call("POST", "regio", "/api/v1/planning/parameter-sets", """
                {"region": "%s", "basedOn": "%s", "changes": [
                  {"key": "TRANSITION", "type": "SHELTER", "toType": "PROTECTED_HOUSING", "value": 0.9, "reason": "meer naar BW"},
                  {"key": "STAY_MIN_MONTHS", "type": "CRISIS", "value": -3, "reason": "korter verblijf"},
                  {"key": "INFLOW_PER_YEAR", "municipality": "GM0505", "type": "PALEIS", "value": 10, "reason": "nieuw type"},
                  {"key": "GEEN_SLEUTEL", "value": 1, "reason": "onzin sleutel"}
                ]}""".formatted(REGION, id));
        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = api.body(refused);
        assertThat(problem.path("code").asString()).isEqualTo("planning-parameters-refused");
        Set<String> fields = problem.path("errors").valueStream().map(e -> e.path("name").asString()).collect(Collectors.toSet());
        assertThat(fields).contains("changes[1].value", "changes[2].type", "changes[3].key", "transitions.SHELTER");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("reason").asString()).toList())
                .anyMatch(r -> r.contains("1,25") || r.contains("1.25"));
        JsonNode after = api.body(api.call("GET", "regio", "/api/v1/planning/parameter-sets/current?region=" + REGION, null));
        assertThat(after.path("id").asString()).isEqualTo(id);
    }

    @Test
    void a_change_by_hand_is_a_new_version_naming_who_and_why_and_an_old_base_is_a_conflict() {
        DemoApi api = new DemoApi(mvc, json);
        JsonNode set = api.body(api.call("GET", "regio", "/api/v1/planning/parameter-sets/current?region=" + REGION, null));
        String body = """
                {"region": "%s", "basedOn": "%s", "note": "BW duurt langer", "changes": [
                  {"key": "STAY_MAX_MONTHS", "type": "PROTECTED_HOUSING", "value": 72, "reason": "complexere problematiek"}]}"""
                .formatted(REGION, set.path("id").asString());
        MvcTestResult created = api.call("POST", "regio", "/api/v1/planning/parameter-sets", body);
        assertThat(created).hasStatus(201);
        JsonNode next = api.body(created);
        assertThat(next.path("version").asInt()).isEqualTo(set.path("version").asInt() + 1);
        JsonNode changed = next.path("parameters").valueStream().filter(p -> p.path("key").asString().equals("STAY_MAX_MONTHS")
                && p.path("type").asString().equals("PROTECTED_HOUSING")).findFirst().orElseThrow();
        assertThat(changed.path("value").asDouble()).isEqualTo(72);
        assertThat(changed.path("source").asString()).isEqualTo("MANUAL");
        assertThat(changed.path("reason").asString()).isEqualTo("complexere problematiek");
        assertThat(changed.path("setBy").asString()).isNotBlank();
        assertThat(api.call("POST", "regio", "/api/v1/planning/parameter-sets", body)).hasStatus(409);
        // the old version is unchanged
        JsonNode old = api.body(api.call("GET", "regio", "/api/v1/planning/parameter-sets/" + set.path("id").asString(), null));
        assertThat(old.path("parameters").valueStream().filter(p -> p.path("key").asString().equals("STAY_MAX_MONTHS")
                && p.path("type").asString().equals("PROTECTED_HOUSING")).findFirst().orElseThrow().path("value").asDouble())
                .isEqualTo(60);
    }

    @Test
    void a_run_is_saved_with_its_set_and_seed_and_the_same_seed_gives_the_same_results() throws Exception {
        DemoApi api = new DemoApi(mvc, json);
        String body = "{\"region\": \"%s\", \"name\": \"basis\", \"runs\": 50, \"seed\": 42}".formatted(REGION);
        MvcTestResult started = api.call("POST", "regio", "/api/v1/planning/runs", body);
        assertThat(started).hasStatus(202);
        String first = api.body(started).path("id").asString();
        String second = api.body(api.call("POST", "regio", "/api/v1/planning/runs", body)).path("id").asString();
        JsonNode a = finished(api, first);
        JsonNode b = finished(api, second);
        assertThat(a.path("status").asString()).isEqualTo("DONE");
        assertThat(a.path("parameterSet").asString()).isEqualTo(b.path("parameterSet").asString());
        String results = "/api/v1/planning/runs/%s/results?municipality=&type=PROTECTED_HOUSING";
        JsonNode ra = api.body(api.call("GET", "gemeente", results.formatted(first), null));
        JsonNode rb = api.body(api.call("GET", "gemeente", results.formatted(second), null));
        assertThat(ra.path("items").size()).isEqualTo(10);
        assertThat(ra.path("items").toString()).isEqualTo(rb.path("items").toString());
        JsonNode year = ra.path("items").get(0);
        assertThat(year.path("demandP10").asDouble()).isLessThanOrEqualTo(year.path("demandP50").asDouble());
        assertThat(year.path("demandP50").asDouble()).isLessThanOrEqualTo(year.path("demandP90").asDouble());
        assertThat(year.path("supply").asDouble()).isPositive();
        assertThat(api.call("GET", "gemeente", "/api/v1/planning/runs/%s/results?type=PALEIS".formatted(first), null)).hasStatus(400);
        assertThat(api.call("GET", "gemeente", "/api/v1/planning/runs/00000000-0000-0000-0000-000000000000", null)).hasStatus(404);
        assertThat(api.call("POST", "gemeente", "/api/v1/planning/runs", body)).hasStatus(403);
        MvcTestResult bad = api.call("POST", "regio", "/api/v1/planning/runs",
                "{\"region\": \"%s\", \"name\": \"\", \"stayFactor\": 9, \"runs\": 1}".formatted(REGION));
        assertThat(bad).hasStatus(422);
        assertThat(api.body(bad).path("errors").valueStream().map(e -> e.path("name").asString()).toList())
                .contains("name", "stayFactor", "runs");
    }

    private static JsonNode finished(DemoApi api, String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode run = api.body(api.call("GET", "regio", "/api/v1/planning/runs/" + id, null));
            if (!run.path("status").asString().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + id + " did not finish");
    }
}
