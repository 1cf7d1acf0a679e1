package nl.thuisbasis.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
 * Support plans, readiness and the caseload's work through the API, as a care worker of the provider and as everyone
 * else: goals, actions and evaluations added (201, once per Idempotency-Key, 422 with every problem at the request's
 * field), states changed and an outcome recorded with the version read (409 when stale or recorded already), the plan
 * read with what is overdue; the readiness checklist saved with its version (409 when stale, 422 per entry) and its
 * summary; the caseload with the overdue figures, filtered and ordered; refusals (404 for a client's plan or checklist)
 * as problem+json with a stable code. Generated test persons only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Support plans, readiness and the caseload through the API")
class TrajectoryPlanApiIntegrationTest {

    static final String CLIENTS = TrajectoryApiIntegrationTest.CLIENTS;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    DemoApi api;
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void api() {
        api = new DemoApi(mvc, json);
    }

    JsonNode body(MvcTestResult result) {
        return api.body(result);
    }

    String register() {
        MvcTestResult created = api.call("POST", "begeleider", CLIENTS,
                TrajectoryApiIntegrationTest.client(TrajectoryApiIntegrationTest.number()));
        assertThat(created).hasStatus(201);
        return body(created).path("id").asString();
    }

    JsonNode created(String path, String body) {
        MvcTestResult result = api.call("POST", "begeleider", path, body);
        assertThat(result).hasStatus(201);
        return body(result);
    }

    void assertProblem(MvcTestResult result, int status, String code, String... fields) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result).path("code").asString()).isEqualTo(code);
        if (fields.length > 0) {
            assertThat(TrajectoryApiIntegrationTest.fields(body(result))).containsExactlyInAnyOrder(fields);
        }
    }

    long rows(String table, String client) {
        return jdbc.sql("select count(*) from " + table + " where client_id = ?::uuid").param(client).query(Long.class).single();
    }

    @Test
    void a_care_worker_builds_a_plan_changes_states_with_the_version_and_records_an_evaluation() {
        String id = register();
        String plan = CLIENTS + "/" + id + "/plan";
        created(CLIENTS + "/" + id + "/assessments", """
                {"assessedOn": "%s", "scores": {"FINANCES": {"score": 2, "target": 4}}}""".formatted(today.minusDays(7)));

        JsonNode goal = created(plan + "/goals", "{\"domain\": \"FINANCES\", \"description\": \"Schulden regelen\", \"targetLevel\": 4}");
        String goalId = goal.path("id").asString();
        assertThat(goal.path("domainName").asString()).isNotEqualTo("FINANCES").isNotBlank();
        assertThat(goal.path("startLevel").asInt()).isEqualTo(2);
        assertThat(goal.path("currentLevel").asInt()).isEqualTo(2);
        assertThat(goal.path("status").asString()).isEqualTo("OPEN");
        assertThat(goal.path("statusName").asString()).isEqualTo("loopt");
        assertThat(goal.path("version").asInt()).isZero();
        assertProblem(api.call("POST", "begeleider", plan + "/goals", "{\"domain\": \"KASTEEL\", \"targetLevel\": 9}"),
                422, "plan-refused", "domain", "description", "targetLevel");

        JsonNode action = created(plan + "/actions", """
                {"goalId": "%s", "description": "Afspraak bij de schuldhulp", "ownerPerson": "begeleider", "dueOn": "%s"}"""
                .formatted(goalId, today.minusDays(3)));
        String actionId = action.path("id").asString();
        assertThat(action.path("status").asString()).isEqualTo("PLANNED");
        assertThat(action.path("overdue").asBoolean()).isTrue();
        assertThat(action.path("ownerPersonName").asString()).isEqualTo("Demo Begeleider (Leger des Heils)");
        assertProblem(api.call("POST", "begeleider", plan + "/actions", """
                {"goalId": "%s", "ownerPerson": "begeleider", "ownerPartner": "Schuldhulp"}""".formatted(UUID.randomUUID())),
                422, "plan-refused", "goalId", "description", "ownerPerson", "dueOn");

        String actionStatus = plan + "/actions/" + actionId + "/status-changes";
        MvcTestResult moved = api.call("POST", "begeleider", actionStatus, "{\"status\": \"in_progress\", \"version\": 0}");
        assertThat(moved).hasStatus(201);
        assertThat(body(moved).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(body(moved).path("version").asInt()).isEqualTo(1);
        assertProblem(api.call("POST", "begeleider", actionStatus, "{\"status\": \"DONE\", \"version\": 0}"), 409, "conflict");
        assertProblem(api.call("POST", "begeleider", actionStatus, "{\"status\": \"FLYING\"}"), 422, "plan-refused",
                "status", "version");
        assertProblem(api.call("POST", "begeleider", plan + "/actions/" + UUID.randomUUID() + "/status-changes",
                "{\"status\": \"DONE\", \"version\": 0}"), 404, "not-found");

        JsonNode evaluation = created(plan + "/evaluations",
                "{\"plannedOn\": \"%s\", \"participants\": [\"client\", \"WMO\"]}".formatted(today.minusDays(1)));
        String evaluationId = evaluation.path("id").asString();
        assertThat(evaluation.path("overdue").asBoolean()).isTrue();
        assertThat(evaluation.path("participants").get(1).path("code").asString()).isEqualTo("WMO");
        assertThat(evaluation.path("participants").get(1).path("name").asString()).contains("Wmo");
        long evaluations = rows("support_evaluation", id);
        assertProblem(api.call("POST", "begeleider", plan + "/evaluations", "{\"participants\": [\"MARS\"]}"), 422,
                "plan-refused", "plannedOn", "participants");
        assertThat(rows("support_evaluation", id)).isEqualTo(evaluations);

        String outcome = plan + "/evaluations/" + evaluationId + "/outcome";
        String down = "{\"heldOn\": \"%s\", \"outcome\": \"Minder begeleiding nodig\", \"scaling\": \"DOWN\", \"version\": 0%s}";
        // scaling support up or down needs the reason
        assertProblem(api.call("POST", "begeleider", outcome, down.formatted(today, "")), 422, "plan-refused", "scalingReason");
        assertProblem(api.call("POST", "begeleider", outcome, "{\"heldOn\": \"%s\", \"scaling\": \"sideways\"}"
                .formatted(today.plusDays(1))), 422, "plan-refused", "heldOn", "outcome", "scaling", "version");
        MvcTestResult recorded = api.call("POST", "begeleider", outcome,
                down.formatted(today, ", \"scalingReason\": \"Woont zelfstandig en redt zich\""));
        assertThat(recorded).hasStatus(201);
        assertThat(body(recorded).path("scaling").asString()).isEqualTo("DOWN");
        assertThat(body(recorded).path("scalingName").asString()).isEqualTo("afschalen");
        assertThat(body(recorded).path("heldOn").asString()).isEqualTo(today.toString());
        assertThat(body(recorded).path("overdue").asBoolean()).isFalse();
        assertThat(body(recorded).path("version").asInt()).isEqualTo(1);
        // recorded once: the same again (with the version now read) is a conflict
        assertProblem(api.call("POST", "begeleider", outcome, down.formatted(today, ", \"scalingReason\": \"x\"")
                .replace("\"version\": 0", "\"version\": 1")), 409, "conflict");

        JsonNode read = body(api.call("GET", "begeleider", plan, null));
        assertThat(read.path("clientId").asString()).isEqualTo(id);
        assertThat(read.path("basis").path("assessedOn").asString()).isEqualTo(today.minusDays(7).toString());
        assertThat(read.path("overdueActions").asInt()).isEqualTo(1);
        assertThat(read.path("nextEvaluation").isNull() || read.path("nextEvaluation").isMissingNode()).isTrue();
        assertThat(read.path("goals").get(0).path("actions").get(0).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(read.path("evaluations").get(0).path("scalingReason").asString()).isEqualTo("Woont zelfstandig en redt zich");

        String goalStatus = plan + "/goals/" + goalId + "/status-changes";
        MvcTestResult achieved = api.call("POST", "begeleider", goalStatus, "{\"status\": \"ACHIEVED\", \"version\": 0}");
        assertThat(achieved).hasStatus(201);
        assertThat(body(achieved).path("status").asString()).isEqualTo("ACHIEVED");
        assertProblem(api.call("POST", "begeleider", goalStatus, "{\"status\": \"DROPPED\", \"version\": 0}"), 409, "conflict");

        MvcTestResult english = mvc.get().uri(plan).header("Accept-Language", "en").with(httpBasic("begeleider", DemoApi.PASSWORD))
                .exchange();
        assertThat(body(english).path("goals").get(0).path("statusName").asString()).isEqualTo("achieved");
    }

    @Test
    void a_retried_goal_with_the_same_idempotency_key_is_added_once() {
        String id = register();
        String key = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MvcTestResult result = mvc.post().uri(CLIENTS + "/" + id + "/plan/goals").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"domain\": \"HOUSING\", \"description\": \"Een eigen woning\", \"targetLevel\": 5}")
                    .header("Idempotency-Key", key).with(httpBasic("begeleider", DemoApi.PASSWORD)).exchange();
            assertThat(result).hasStatus(201);
            ids.add(body(result).path("id").asString());
        }
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(rows("support_goal", id)).isEqualTo(1);
    }

    @Test
    void the_readiness_checklist_is_saved_with_its_version_and_summed_up() {
        String id = register();
        String readiness = CLIENTS + "/" + id + "/readiness";
        JsonNode empty = body(api.call("GET", "begeleider", readiness, null));
        assertThat(empty.path("version").asInt()).isZero();
        assertThat(empty.path("items").size()).isGreaterThan(5);
        assertThat(empty.path("items").get(0).path("code").asString()).isEqualTo("SELF_CARE");
        assertThat(empty.path("items").get(0).path("name").asString()).startsWith("Zelfzorg");
        assertThat(empty.path("summary").path("confirmed").asInt()).isZero();
        assertThat(empty.path("summary").path("complete").asBoolean()).isFalse();

        String selfCare = "{\"version\": 0, \"entries\": {\"SELF_CARE\": {\"confirmedOn\": \"%s\", \"confirmedBy\": \"J. Testpersoon, begeleider\"}}}"
                .formatted(today.minusDays(2));
        MvcTestResult saved = api.call("PUT", "begeleider", readiness, selfCare);
        assertThat(saved).hasStatus(200);
        assertThat(body(saved).path("version").asInt()).isEqualTo(1);
        assertThat(body(saved).path("summary").path("confirmed").asInt()).isEqualTo(1);
        assertThat(body(saved).path("items").get(0).path("confirmed").asBoolean()).isTrue();
        assertThat(body(saved).path("items").get(0).path("confirmedOn").asString()).isEqualTo(today.minusDays(2).toString());
        assertProblem(api.call("PUT", "begeleider", readiness, selfCare), 409, "conflict");

        MvcTestResult refused = api.call("PUT", "begeleider", readiness, """
                {"entries": {"SELF_CARE": {"confirmedOn": "%s"}, "KASTEEL": {"confirmedOn": "%s", "confirmedBy": "x"},
                 "FIRST_RENT": {"confirmedBy": "x"}}}""".formatted(today.plusDays(1), today));
        assertProblem(refused, 422, "readiness-refused", "version", "entries[SELF_CARE].confirmedOn",
                "entries[SELF_CARE].confirmedBy", "entries[KASTEEL]", "entries[FIRST_RENT].confirmedOn");

        StringBuilder all = new StringBuilder();
        empty.path("items").forEach(item -> all.append(all.isEmpty() ? "" : ", ").append("\"%s\": {\"confirmedOn\": \"%s\", \"confirmedBy\": \"Test\"}"
                .formatted(item.path("code").asString(), item.path("code").asString().equals("FIRST_RENT") ? today.minusDays(1) : today.minusDays(5))));
        JsonNode complete = body(api.call("PUT", "begeleider", readiness, "{\"version\": 1, \"entries\": {" + all + "}}"));
        assertThat(complete.path("summary").path("complete").asBoolean()).isTrue();
        assertThat(complete.path("summary").path("readyOn").asString()).isEqualTo(today.minusDays(1).toString());

        JsonNode reopened = body(api.call("PUT", "begeleider", readiness, "{\"version\": 2, \"entries\": {\"SELF_CARE\": {}}}"));
        assertThat(reopened.path("items").get(0).path("confirmed").asBoolean()).isFalse();
        assertThat(reopened.path("summary").path("complete").asBoolean()).isFalse();
        MvcTestResult english = mvc.get().uri(readiness).header("Accept-Language", "en")
                .with(httpBasic("begeleider", DemoApi.PASSWORD)).exchange();
        assertThat(body(english).path("items").get(0).path("name").asString()).startsWith("Self-care");
    }

    @Test
    void the_caseload_shows_the_work_that_waits_and_filters_and_orders_on_it() {
        String late = register();
        String calm = register();
        String goal = created(CLIENTS + "/" + late + "/plan/goals",
                "{\"domain\": \"FINANCES\", \"description\": \"Schulden regelen\", \"targetLevel\": 4}").path("id").asString();
        for (int i = 0; i < 2; i++) {
            created(CLIENTS + "/" + late + "/plan/actions", """
                    {"goalId": "%s", "description": "Actie %d", "ownerPartner": "Schuldhulp Test", "dueOn": "%s"}"""
                    .formatted(goal, i, today.minusDays(5)));
        }
        created(CLIENTS + "/" + late + "/plan/evaluations",
                "{\"plannedOn\": \"%s\", \"participants\": [\"CLIENT\"]}".formatted(today.minusDays(2)));

        JsonNode overdue = body(api.call("GET", "begeleider", CLIENTS + "?scope=TEAM&overdueOnly=true&pageSize=500", null));
        List<String> ids = new ArrayList<>();
        overdue.path("items").forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).contains(late).doesNotContain(calm);
        JsonNode entry = overdue.path("items").get(ids.indexOf(late));
        assertThat(entry.path("overdueActions").asInt()).isEqualTo(2);
        assertThat(entry.path("nextEvaluation").asString()).isEqualTo(today.minusDays(2).toString());
        assertThat(entry.path("evaluationOverdue").asBoolean()).isTrue();
        assertThat(entry.has("phases")).isFalse();

        JsonNode ordered = body(api.call("GET", "begeleider", CLIENTS + "?scope=team&order=overdue&pageSize=500", null));
        List<Integer> counts = new ArrayList<>();
        ordered.path("items").forEach(c -> counts.add(c.path("overdueActions").asInt()));
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(body(api.call("GET", "begeleider", CLIENTS + "/" + calm, null)).has("overdueActions")).isFalse();

        long own = jdbc.sql("select count(*) from trajectory_client where provider_code = 'leger-des-heils' "
                + "and (key_worker = 'begeleider' or stand_in = 'begeleider')").query(Long.class).single();
        assertThat(body(api.call("GET", "begeleider", CLIENTS + "?scope=TEAM&keyWorker=begeleider", null)).path("page")
                .path("totalElements").asLong()).isEqualTo(own);
        MvcTestResult unknown = api.call("GET", "begeleider", CLIENTS + "?order=SIDEWAYS&keyWorker=gemeente", null);
        assertProblem(unknown, 400, "bad-request", "order", "keyWorker");
    }

    @Test
    void nobody_but_the_providers_staff_sees_a_plan_or_a_checklist() {
        String id = register();
        String goal = created(CLIENTS + "/" + id + "/plan/goals",
                "{\"domain\": \"FINANCES\", \"description\": \"Schulden regelen\", \"targetLevel\": 4}").path("id").asString();
        String plan = CLIENTS + "/" + id + "/plan";
        for (String other : TrajectoryApiIntegrationTest.OTHERS) {
            assertProblem(api.call("GET", other, plan, null), 404, "not-found");
            assertProblem(api.call("GET", other, CLIENTS + "/" + id + "/readiness", null), 404, "not-found");
            assertProblem(api.call("PUT", other, CLIENTS + "/" + id + "/readiness", "{\"version\": 0, \"entries\": {}}"), 404,
                    "not-found");
            assertProblem(api.call("POST", other, plan + "/goals", "{\"domain\": \"FINANCES\", \"description\": \"x\", "
                    + "\"targetLevel\": 3}"), 404, "not-found");
            assertProblem(api.call("POST", other, plan + "/goals/" + goal + "/status-changes",
                    "{\"status\": \"DROPPED\", \"version\": 0}"), 404, "not-found");
            assertProblem(api.call("POST", other, plan + "/evaluations", "{\"plannedOn\": \"%s\", \"participants\": [\"MARS\"]}"
                    .formatted(today)), 404, "not-found");
        }
        assertThat(rows("support_goal", id)).isEqualTo(1);
        assertThat(body(api.call("GET", "begeleider", plan, null)).path("goals").get(0).path("status").asString()).isEqualTo("OPEN");
        assertProblem(api.call("GET", "begeleider", CLIENTS + "/" + UUID.randomUUID() + "/plan", null), 404, "not-found");
        assertProblem(api.call("POST", "begeleider", plan + "/goals/not-a-uuid/status-changes",
                "{\"status\": \"DROPPED\", \"version\": 0}"), 404, "not-found");
        // a blank id (sent as such, not encoded again) is no goal either, and no server error
        assertProblem(mvc.post().uri(java.net.URI.create(plan + "/goals/%20/status-changes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"DROPPED\", \"version\": 0}").with(httpBasic("begeleider", DemoApi.PASSWORD)).exchange(),
                404, "not-found");
    }
}
