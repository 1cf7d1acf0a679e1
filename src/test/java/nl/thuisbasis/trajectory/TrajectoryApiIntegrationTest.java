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
 * Client trajectories through the API, as a care worker of the provider and as everyone else: registering (201 with
 * Location, once per Idempotency-Key, 422 with every problem at its field), reading with the phase history, moving the
 * phase with the version read (409 when stale), assessments and the instrument, the caseload paged with a total of the
 * caller's own organisation only, and the refusals (403 for a list, 404 for a client) as problem+json with a stable code.
 * Generated test persons only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Client trajectories through the API")
class TrajectoryApiIntegrationTest {

    static final String CLIENTS = "/api/v1/trajectories/clients";
    static final List<String> OTHERS = List.of("gemeente", "corporatie", "regio", "beheerder");

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

    static String number() {
        return "API-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String client(String number) {
        // a generated test person
        return """
                {"name": "Sam Testpersoon", "birthDate": "1990-04-12", "clientNumber": "%s", "targetHousing": "tenancy_with_care",
                 "preferredMunicipality": "GM0505", "originMunicipality": "GM0505", "keyWorker": "begeleider"}""".formatted(number);
    }

    JsonNode body(MvcTestResult result) {
        return api.body(result);
    }

    String register() {
        MvcTestResult created = api.call("POST", "begeleider", CLIENTS, client(number()));
        assertThat(created).hasStatus(201);
        return body(created).path("id").asString();
    }

    static List<String> fields(JsonNode problem) {
        List<String> names = new ArrayList<>();
        problem.path("errors").forEach(e -> names.add(e.path("name").asString()));
        return names;
    }

    void assertProblem(MvcTestResult result, int status, String code) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result).path("code").asString()).isEqualTo(code);
    }

    @Test
    void a_care_worker_registers_a_client_reads_the_trajectory_and_moves_its_phase_with_the_version_read() {
        String number = number();
        MvcTestResult created = api.call("POST", "begeleider", CLIENTS, client(number));
        assertThat(created).hasStatus(201);
        JsonNode client = body(created);
        String id = client.path("id").asString();
        assertThat(created.getResponse().getHeader("Location")).endsWith(CLIENTS + "/" + id);
        assertThat(client.path("clientNumber").asString()).isEqualTo(number);
        assertThat(client.path("phase").asString()).isEqualTo("INTAKE");
        assertThat(client.path("phaseName").asString()).isEqualTo("Intake");
        assertThat(client.path("phaseSince").asString()).isEqualTo(today.toString());
        assertThat(client.path("targetHousing").asString()).isEqualTo("TENANCY_WITH_CARE");
        assertThat(client.path("targetHousingName").asString()).isEqualTo("Woning met huurzorgovereenkomst");
        assertThat(client.path("preferredMunicipalityName").asString()).isEqualTo("Dordrecht");
        assertThat(client.path("keyWorkerName").asString()).isEqualTo("Demo Begeleider (Leger des Heils)");
        assertThat(client.path("providerName").asString()).isEqualTo("Leger des Heils");
        assertThat(client.path("version").asInt()).isZero();

        JsonNode read = body(api.call("GET", "begeleider", CLIENTS + "/" + id, null));
        assertThat(read.path("phases")).hasSize(1);
        assertThat(read.path("phases").get(0).path("changedByName").asString()).isEqualTo("Demo Begeleider (Leger des Heils)");

        String move = """
                {"phase": "IN_FACILITY", "since": "%s", "note": "Opgenomen in de opvang", "version": 0}""".formatted(today);
        MvcTestResult moved = api.call("POST", "begeleider", CLIENTS + "/" + id + "/phase-changes", move);
        assertThat(moved).hasStatus(201);
        assertThat(body(moved).path("phase").asString()).isEqualTo("IN_FACILITY");
        assertThat(body(moved).path("version").asInt()).isEqualTo(1);
        assertThat(body(moved).path("phases")).hasSize(2);

        // the same change with the version read before: someone changed it since
        assertProblem(api.call("POST", "begeleider", CLIENTS + "/" + id + "/phase-changes",
                move.replace("IN_FACILITY", "PREPARING_OUTFLOW")), 409, "conflict");
        MvcTestResult incomplete = api.call("POST", "begeleider", CLIENTS + "/" + id + "/phase-changes",
                "{\"phase\": \"ON_THE_MOON\", \"since\": \"%s\"}".formatted(today.plusDays(3)));
        assertProblem(incomplete, 422, "client-refused");
        assertThat(fields(body(incomplete))).containsExactlyInAnyOrder("phase", "version", "since");
        assertThat(body(api.call("GET", "begeleider", CLIENTS + "/" + id, null)).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_refused_registration_names_every_problem_at_its_field_and_stores_nothing() {
        long before = jdbc.sql("select count(*) from trajectory_client").query(Long.class).single();
        MvcTestResult refused = api.call("POST", "begeleider", CLIENTS, """
                {"birthDate": "%s", "clientNumber": "123456789", "targetHousing": "CASTLE",
                 "preferredMunicipality": "GM9999", "keyWorker": "gemeente"}""".formatted(today.plusDays(1)));
        assertProblem(refused, 422, "client-refused");
        assertThat(fields(body(refused))).containsExactlyInAnyOrder("name", "birthDate", "clientNumber", "targetHousing",
                "preferredMunicipality", "keyWorker");
        assertThat(jdbc.sql("select count(*) from trajectory_client").query(Long.class).single()).isEqualTo(before);
        assertProblem(api.call("POST", "begeleider", CLIENTS, "{\"name\": "), 400, "bad-request");
    }

    @Test
    void a_retried_registration_with_the_same_idempotency_key_registers_one_client() {
        String number = number();
        String key = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MvcTestResult result = mvc.post().uri(CLIENTS).contentType(MediaType.APPLICATION_JSON).content(client(number))
                    .header("Idempotency-Key", key).with(httpBasic("begeleider", DemoApi.PASSWORD)).exchange();
            assertThat(result).hasStatus(201);
            ids.add(body(result).path("id").asString());
        }
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(jdbc.sql("select count(*) from trajectory_client where client_number = ?").param(number).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void assessments_are_recorded_with_the_instrument_and_show_the_change_per_domain() {
        String id = register();
        JsonNode instrument = body(api.call("GET", "begeleider", CLIENTS + "/" + id + "/assessment-instrument", null));
        assertThat(instrument.path("code").asString()).isEqualTo("thuisbasis-leefgebieden");
        assertThat(instrument.path("domains").size()).isGreaterThan(5);
        assertThat(instrument.path("domains").get(0).path("levels")).hasSize(5);
        String domain = instrument.path("domains").get(0).path("code").asString();

        String assessments = CLIENTS + "/" + id + "/assessments";
        assertThat(body(api.call("GET", "begeleider", assessments, null)).path("assessments")).isEmpty();
        MvcTestResult first = api.call("POST", "begeleider", assessments, """
                {"assessedOn": "%s", "scores": {"%s": {"score": 2, "target": 4, "note": "Schulden in kaart"}}}"""
                .formatted(today.minusDays(30), domain));
        assertThat(first).hasStatus(201);
        assertThat(body(first).path("instrumentCode").asString()).isEqualTo("thuisbasis-leefgebieden");
        assertThat(body(first).path("periodFrom").asString()).isEqualTo(today.minusDays(59).toString());
        assertThat(body(first).path("scores").get(0).path("domain").asString()).isEqualTo(domain);
        assertThat(body(first).path("scores").get(0).path("domainName").asString()).isNotEqualTo(domain);
        assertThat(api.call("POST", "begeleider", assessments, """
                {"assessedOn": "%s", "scores": {"%s": {"score": 3, "target": 4}}}""".formatted(today, domain))).hasStatus(201);

        JsonNode history = body(api.call("GET", "begeleider", assessments, null));
        assertThat(history.path("assessments")).hasSize(2);
        JsonNode change = history.path("changes").get(0);
        assertThat(change.path("domain").asString()).isEqualTo(domain);
        assertThat(change.path("latest").asInt()).isEqualTo(3);
        assertThat(change.path("previous").asInt()).isEqualTo(2);
        assertThat(change.path("delta").asInt()).isEqualTo(1);
        assertThat(change.path("targetReached").asBoolean()).isFalse();

        MvcTestResult refused = api.call("POST", "begeleider", assessments, """
                {"assessedOn": "%s", "scores": {"NO_SUCH_DOMAIN": {"score": 3}, "%s": {"score": 9}}}"""
                .formatted(today.plusDays(1), domain));
        assertProblem(refused, 422, "assessment-refused");
        assertThat(fields(body(refused))).containsExactlyInAnyOrder("assessedOn", "scores[NO_SUCH_DOMAIN]",
                "scores[" + domain + "].score");
        assertThat(body(api.call("GET", "begeleider", assessments, null)).path("assessments")).hasSize(2);
    }

    @Test
    void nobody_but_the_providers_staff_sees_a_trajectory() {
        String id = register();
        String yulius = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into trajectory_client (id, provider_code, client_number, name, birth_date, key_worker, phase, phase_since,
                    created_by) values (?::uuid, 'yulius', ?, 'Kim Testpersoon', date '1985-01-01', 'yulius-worker', 'INTAKE',
                    current_date, 'test')""").params(yulius, number()).update();
        for (String other : OTHERS) {
            assertProblem(api.call("GET", other, CLIENTS, null), 403, "forbidden");
            assertProblem(api.call("POST", other, CLIENTS, client(number())), 403, "forbidden");
            for (String path : List.of("", "/assessments", "/assessment-instrument")) {
                assertProblem(api.call("GET", other, CLIENTS + "/" + id + path, null), 404, "not-found");
            }
            assertProblem(api.call("POST", other, CLIENTS + "/" + id + "/phase-changes",
                    "{\"phase\": \"CLOSED\", \"since\": \"%s\", \"version\": 0}".formatted(today)), 404, "not-found");
            assertProblem(api.call("POST", other, CLIENTS + "/" + id + "/assessments",
                    "{\"assessedOn\": \"%s\", \"scores\": {}}".formatted(today)), 404, "not-found");
        }
        // another provider's client is no client for this provider's staff
        for (String path : List.of("", "/assessments", "/assessment-instrument")) {
            assertProblem(api.call("GET", "begeleider", CLIENTS + "/" + yulius + path, null), 404, "not-found");
        }
        assertProblem(api.call("GET", "begeleider", CLIENTS + "/not-a-uuid", null), 404, "not-found");
        assertThat(mvc.get().uri(CLIENTS).exchange()).hasStatus(401);
    }

    @Test
    void the_caseload_pages_and_counts_only_the_callers_organisation() {
        for (int i = 0; i < 3; i++) {
            register();
        }
        jdbc.sql("""
                insert into trajectory_client (id, provider_code, client_number, name, birth_date, key_worker, phase, phase_since,
                    created_by) values (?, 'yulius', ?, 'Alex Testpersoon', date '1979-03-03', 'begeleider', 'INTAKE',
                    current_date, 'test')""").params(UUID.randomUUID(), number()).update();
        long own = jdbc.sql("select count(*) from trajectory_client where provider_code = 'leger-des-heils'")
                .query(Long.class).single();

        JsonNode page = body(api.call("GET", "begeleider", CLIENTS + "?scope=team&pageSize=2", null));
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(own);
        assertThat(page.path("_links").path("next").path("href").asString()).contains("page=2").contains("scope=team");
        assertThat(page.path("items").get(0).has("phases")).isFalse();
        page.path("items").forEach(c -> assertThat(c.path("providerCode").asString()).isEqualTo("leger-des-heils"));

        long mine = jdbc.sql("select count(*) from trajectory_client where provider_code = 'leger-des-heils' "
                + "and (key_worker = 'begeleider' or stand_in = 'begeleider') and phase = 'INTAKE'").query(Long.class).single();
        assertThat(body(api.call("GET", "begeleider", CLIENTS + "?phase=intake", null)).path("page").path("totalElements")
                .asLong()).isEqualTo(mine);
        MvcTestResult unknown = api.call("GET", "begeleider", CLIENTS + "?scope=everyone&phase=ASLEEP", null);
        assertProblem(unknown, 400, "bad-request");
        assertThat(fields(body(unknown))).containsExactlyInAnyOrder("scope", "phase");
        assertProblem(api.call("GET", "begeleider", CLIENTS + "?pageSize=0", null), 400, "bad-request");
    }
}
