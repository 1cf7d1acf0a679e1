package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.platform.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Early signals through the API (decision 0018), on a database of its own: households housed through outflow are set up
 * as rows (candidate, dwelling, offer, agreement) and a trajectory client of the demo provider is linked to one.
 */
@SpringBootTest(properties = "thuisbasis.embedded-db.database=outflow_signals")
@AutoConfigureMockMvc
@DisplayName("Early signals through the API")
class SignalApiIntegrationTest {

    static final String BASE = "/api/v1/outflow/signals";

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    DemoApi api;
    final LocalDate today = LocalDate.now(OutflowClock.ZONE);

    @BeforeEach
    void setUp() {
        api = new DemoApi(mvc, json);
    }

    /** A household housed through outflow: the agreement's id; its candidacy of leger-des-heils. */
    record Housed(UUID tenancy, UUID candidate) {
    }

    Housed housed(String corporation, String municipality, LocalDate startsOn, LocalDate agreedEnd) {
        UUID candidate = UUID.randomUUID();
        String reference = "SIG-" + candidate.toString().substring(0, 8);
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children, age_band,
                    income_band, bedrooms_needed, origin_municipality, support_provider, support_intensity, target_housing, category,
                    regional_ties_years, consent_on, status, urgency_granted_on, registered_by)
                values (?, 'drechtsteden-alblasserwaard', ?, 'leger-des-heils', 'GM0505', 1, 0, 'Y27_44', 'LOW', 1, 'GM0505',
                    'leger-des-heils', 'MEDIUM', 'TENANCY_WITH_CARE', 'SHELTER', 10, ?, 'HOUSED', ?, 'test')""")
                .params(candidate, reference, startsOn.minusMonths(3), startsOn.minusMonths(2)).update();
        UUID vacancy = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code, neighbourhood_code,
                    bedrooms, rent_cents, floor, lift, wheelchair, available_from, status, created_by)
                values (?, 'drechtsteden-alblasserwaard', ?, 'Signaalstraat 1', '3311 AB', ?, ?, 1, 60000, 0, false, false, ?, 'LET', 'test')""")
                .params(vacancy, corporation, municipality, municipality, startsOn.minusDays(20)).update();
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status)
                values (?, ?, ?, ?, 'leger-des-heils', ?, 'test', 'ACCEPTED')""")
                .params(offer, vacancy, candidate, corporation, startsOn.minusDays(14)).update();
        UUID tenancy = UUID.randomUUID();
        jdbc.sql("""
                insert into tenancy (id, offer_id, candidate_id, vacancy_id, corporation_code, provider_code, municipality_code,
                    starts_on, agreed_ends_on, ends_on) values (?, ?, ?, ?, ?, 'leger-des-heils', ?, ?, ?, ?)""")
                .params(tenancy, offer, candidate, vacancy, corporation, municipality, startsOn, agreedEnd, agreedEnd).update();
        return new Housed(tenancy, candidate);
    }

    /** A trajectory client of the demo provider, key worker "begeleider", linked to the candidacy. */
    UUID client(UUID candidate) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into trajectory_client (id, provider_code, client_number, name, birth_date, key_worker, phase, phase_since,
                    candidate_id, created_by) values (?, 'leger-des-heils', ?, 'Sien Signaal', '1990-01-01', 'begeleider',
                    'HOUSED_WITH_AFTERCARE', ?, ?, 'test')""")
                .params(id, "SIG-" + id.toString().substring(0, 8), today.minusMonths(2), candidate).update();
        return id;
    }

    JsonNode record(String user, String body, int status) {
        MvcTestResult result = api.call("POST", user, BASE, body);
        assertThat(result).hasStatus(status);
        return api.body(result);
    }

    static String rentArrears(UUID tenancy, LocalDate received) {
        return """
                {"tenancyId": "%s", "type": "RENT_ARREARS", "arrearsMonths": 2, "arrearsAmount": 1250.00,
                 "receivedOn": "%s", "note": "Tweede aanmaning"}""".formatted(tenancy, received);
    }

    @Test
    void a_rent_arrears_signal_lands_on_the_key_workers_caseload_with_its_deadline_a_second_is_a_repeat_and_eviction_prevented_counts_in_the_monitor() {
        LocalDate start = today.minusMonths(11);
        Housed h = housed("trivire", "GM0505", start, start.plusMonths(12));
        UUID client = client(h.candidate());
        LocalDate received = today.minusDays(10);
        JsonNode first = record("corporatie", rentArrears(h.tenancy(), received), 201);
        assertThat(first.path("deadline").asString()).isEqualTo(WorkingDays.deadline(received, 5).toString());
        assertThat(first.path("repeat").asBoolean()).isFalse();
        assertThat(first.path("arrearsAmount").decimalValue()).isEqualByComparingTo("1250.00");
        assertThat(first.path("typeName").asString()).isEqualTo("Huurachterstand");

        // the key worker's caseload (the trajectory API) shows the open signal with its deadline, overdue (no step yet)
        JsonNode caseload = api.body(api.call("GET", "begeleider", "/api/v1/trajectories/clients?pageSize=500", null));
        JsonNode row = caseload.path("items").valueStream().filter(c -> c.path("id").asString().equals(client.toString()))
                .findFirst().orElseThrow();
        assertThat(row.path("signals")).hasSize(1);
        assertThat(row.path("signals").get(0).path("type").asString()).isEqualTo("RENT_ARREARS");
        assertThat(row.path("signals").get(0).path("deadline").asString()).isEqualTo(first.path("deadline").asString());
        assertThat(row.path("signals").get(0).path("overdue").asBoolean())
                .isEqualTo(today.isAfter(WorkingDays.deadline(received, 5)));
        assertThat(jdbc.sql("select count(*) from processing_log where actor = 'begeleider' and action = 'outflow.signal.read' "
                + "and subject_ref = ?").param(processingLog.pseudonym("candidate", h.candidate().toString())).query(Long.class).single()).isGreaterThanOrEqualTo(1);

        // the provider takes a step; the corporation closes it: eviction prevented
        String signal = BASE + "/" + first.path("id").asString();
        JsonNode stepped = api.body(api.call("POST", "begeleider", signal + "/steps",
                "{\"version\": 0, \"kind\": \"HOME_VISIT\", \"takenOn\": \"" + today + "\"}"));
        assertThat(stepped.path("steps")).hasSize(1);
        assertThat(stepped.path("overdue").asBoolean()).isFalse();
        // a change on an old version is a conflict, not an overwrite
        assertThat(api.call("POST", "corporatie", signal + "/outcome",
                "{\"version\": 0, \"outcome\": \"EVICTION_PREVENTED\", \"decidedOn\": \"" + today + "\"}")).hasStatus(409);
        MvcTestResult closed = api.call("POST", "corporatie", signal + "/outcome",
                "{\"version\": 1, \"outcome\": \"EVICTION_PREVENTED\", \"decidedOn\": \"" + today + "\"}");
        assertThat(closed).hasStatus(201);
        assertThat(api.body(closed).path("open").asBoolean()).isFalse();
        // closed: no more steps, no second outcome
        assertThat(api.call("POST", "begeleider", signal + "/steps",
                "{\"version\": 2, \"kind\": \"CONTACT_MADE\", \"takenOn\": \"" + today + "\"}")).hasStatus(422);

        // a second signal within six months is a repeat
        JsonNode second = record("gemeente", """
                {"tenancyId": "%s", "type": "NUISANCE", "receivedOn": "%s"}""".formatted(h.tenancy(), today), 201);
        assertThat(second.path("repeat").asBoolean()).isTrue();
        assertThat(second.path("deadline").asString()).isEqualTo(WorkingDays.deadline(today, 3).toString());

        // the monitor's tenancy outcomes count the signals of the agreement and the one closed as eviction prevented
        int year = start.plusMonths(12).getYear();
        JsonNode monitor = api.body(api.call("GET", "regio", "/api/v1/outflow/monitor?region=drechtsteden-alblasserwaard&year=" + year,
                null));
        String outcome = start.plusMonths(12).isAfter(today) ? "RUNNING" : "PENDING";
        assertThat(monitor.path("outcomeEvictionsPrevented").path(outcome).asInt()).isGreaterThanOrEqualTo(1);
        JsonNode records = api.body(api.call("GET", "regio", "/api/v1/outflow/monitor/records?region=drechtsteden-alblasserwaard&year="
                + year + "&figure=EVICTION_PREVENTED&key=" + outcome, null));
        assertThat(records.path("rows").size()).isEqualTo(monitor.path("outcomeEvictionsPrevented").path(outcome).asInt());
        JsonNode all = api.body(api.call("GET", "regio", "/api/v1/outflow/monitor/records?region=drechtsteden-alblasserwaard&year="
                + year + "&figure=SIGNALS&key=" + outcome, null));
        assertThat(all.path("rows").size()).isEqualTo(monitor.path("outcomeSignals").path(outcome).asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_corporation_neither_records_for_nor_sees_another_corporations_tenant_and_its_totals_leave_them_out() {
        Housed other = housed("woonkwartier", "GM0505", today.minusMonths(4), today.plusMonths(8));
        int before = api.body(api.call("GET", "corporatie", BASE, null)).path("page").path("totalElements").asInt();
        // recording for another corporation's tenant: refused at the field, as for an agreement that does not exist
        JsonNode refused = record("corporatie", rentArrears(other.tenancy(), today), 422);
        assertThat(refused.path("errors").valueStream().map(e -> e.path("name").asString())).contains("tenancyId");
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/households", null)).valueStream()
                .map(x -> x.path("tenancyId").asString())).doesNotContain(other.tenancy().toString());
        // the municipality records it; the other corporation's signal is not found for trivire and not counted
        JsonNode signal = record("gemeente", rentArrears(other.tenancy(), today), 201);
        assertThat(api.call("GET", "corporatie", BASE + "/" + signal.path("id").asString(), null)).hasStatus(404);
        assertThat(api.call("POST", "corporatie", BASE + "/" + signal.path("id").asString() + "/steps",
                "{\"version\": 0, \"kind\": \"CONTACT_MADE\", \"takenOn\": \"" + today + "\"}")).hasStatus(404);
        assertThat(api.body(api.call("GET", "corporatie", BASE, null)).path("page").path("totalElements").asInt()).isEqualTo(before);
        int overview = api.body(api.call("GET", "corporatie", BASE + "/overview", null)).path("total").asInt();
        assertThat(overview).isEqualTo(api.body(api.call("GET", "corporatie", BASE + "?status=OPEN", null)).path("page").path("totalElements").asInt());
        // the provider of the household sees it; the region only as aggregates
        assertThat(api.call("GET", "begeleider", BASE + "/" + signal.path("id").asString(), null)).hasStatus(200);
        assertThat(api.call("GET", "regio", BASE + "/" + signal.path("id").asString(), null)).hasStatus(403);
        assertThat(api.call("GET", "regio", BASE, null)).hasStatus(403);
        // and the provider does not record signals
        assertThat(api.call("POST", "begeleider", BASE, rentArrears(other.tenancy(), today))).hasStatus(403);
    }

    @Test
    void every_count_of_the_overview_is_the_size_of_the_list_it_links_to() {
        Housed h = housed("trivire", "GM0505", today.minusMonths(5), today.plusMonths(7));
        record("corporatie", rentArrears(h.tenancy(), today.minusDays(40)), 201);
        record("corporatie", """
                {"tenancyId": "%s", "type": "WATER_ARREARS", "arrearsAmount": "80.00", "receivedOn": "%s"}"""
                .formatted(h.tenancy(), today.minusDays(3)), 201);
        JsonNode overview = api.body(api.call("GET", "gemeente", BASE + "/overview", null));
        for (JsonNode cell : overview.path("cells")) {
            String records = cell.path("records").asString();
            assertThat(api.body(api.call("GET", "gemeente", records, null)).path("page").path("totalElements").asInt())
                    .as(records).isEqualTo(cell.path("count").asInt());
        }
        assertThat(overview.path("total").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void bad_input_is_refused_with_its_fields_never_a_server_error() {
        Housed h = housed("trivire", "GM0505", today.minusMonths(2), today.plusMonths(10));
        JsonNode refused = record("corporatie", """
                {"tenancyId": "%s", "type": "RENT_ARREARS", "receivedOn": "%s"}""".formatted(h.tenancy(), today.plusDays(1)), 422);
        assertThat(refused.path("code").asString()).isEqualTo("outflow-refused");
        assertThat(refused.path("errors").valueStream().map(e -> e.path("name").asString()))
                .contains("arrearsMonths", "arrearsAmount", "receivedOn");
        record("corporatie", "{\"tenancyId\": \"%s\", \"type\": \"FLOOD\", \"receivedOn\": \"%s\"}".formatted(h.tenancy(), today), 422);
        record("corporatie", "{\"tenancyId\": \"%s\", \"type\": \"NUISANCE\", \"arrearsAmount\": 99999999999, \"receivedOn\": \"%s\"}"
                .formatted(h.tenancy(), today), 422);
        record("corporatie", "{\"tenancyId\": \"%s\", \"type\": \"NUISANCE\", \"receivedOn\": \"%s\"}"
                .formatted(h.tenancy(), today.minusMonths(3)), 422);
        assertThat(api.call("GET", "corporatie", BASE + "?type=FLOOD", null)).hasStatus(422);
        assertThat(api.call("GET", "corporatie", BASE + "/kapot", null)).hasStatus(404);
        JsonNode ok = record("corporatie", "{\"tenancyId\": \"%s\", \"type\": \"CARE_AVOIDANCE\", \"receivedOn\": \"%s\"}"
                .formatted(h.tenancy(), today), 201);
        String signal = BASE + "/" + ok.path("id").asString();
        assertThat(api.call("POST", "corporatie", signal + "/steps", "{\"kind\": \"DANCE\", \"takenOn\": \"" + today + "\"}"))
                .hasStatus(422);
        assertThat(api.call("POST", "corporatie", signal + "/steps", "{\"kind\": \"HOME_VISIT\", \"takenOn\": \"" + today + "\"}"))
                .hasStatus(422);
        assertThat(api.call("POST", "corporatie", signal + "/outcome", "{\"version\": 0, \"outcome\": \"RESOLVED\", \"decidedOn\": \""
                + today.minusDays(1) + "\"}")).hasStatus(422);
        // once per Idempotency-Key
        String body = "{\"tenancyId\": \"%s\", \"type\": \"NUISANCE\", \"receivedOn\": \"%s\"}".formatted(h.tenancy(), today);
        String key = "sig-" + UUID.randomUUID();
        java.util.function.Supplier<String> send = () -> api.body(mvc.post().uri(BASE).header("Idempotency-Key", key)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "corporatie", DemoApi.PASSWORD))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body).exchange()).path("id").asString();
        String a = send.get();
        assertThat(a).isNotBlank().isEqualTo(send.get());
    }
}
