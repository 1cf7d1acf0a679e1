package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.ScanService;
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
 * Outflow through the API, on a database of its own ({@code outflow_api}, created on first use) without the outflow demo
 * data: its rows never meet those of other test classes, and theirs never end up in its matching rounds.
 */
@SpringBootTest(properties = {"thuisbasis.embedded-db.database=outflow_api", "thuisbasis.outflow.load-demo-data=false"})
@AutoConfigureMockMvc
@DisplayName("Outflow through the API")
class OutflowApiIntegrationTest {

    static final String BASE = "/api/v1/outflow";
    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    @Autowired
    ScanService scans;

    @Autowired
    RegionCatalog catalog;

    DemoApi api;
    final LocalDate today = LocalDate.now(OutflowClock.ZONE);

    /**
     * Every test starts with an empty pool and no open dwellings, so a matching round holds only its own. This resets
     * rows of this class's own database only (outflow_api): what the tests before it in this class left behind.
     */
    @BeforeEach
    void emptyPool() {
        api = new DemoApi(mvc, json);
        jdbc.sql("update proposal set released_at = now(), release_reason = 'test' where released_at is null").update();
        jdbc.sql("update offer set status = 'WITHDRAWN' where status = 'OPEN'").update();
        jdbc.sql("update candidate set status = 'WITHDRAWN' where status in ('REGISTERED', 'URGENCY_GRANTED', 'PROPOSED', 'OFFERED')").update();
        jdbc.sql("update vacancy set status = 'WITHDRAWN' where status in ('OPEN', 'PROPOSED', 'OFFERED')").update();
        jdbc.sql("delete from vacancy_total").update();
        jdbc.sql("update eligibility_rule set active = false").update();
    }

    String candidate(String reference, String deciding, int tiesYears) {
        return """
                {"reference": "%s", "decidingMunicipality": "%s", "adults": 1, "children": 0, "ageBand": "Y27_44",
                 "incomeBand": "LOW", "bedroomsNeeded": 1, "municipalities": ["GM0505"], "exclusions": [],
                 "originMunicipality": "GM0505", "supportProvider": "leger-des-heils", "supportIntensity": "MEDIUM",
                 "targetHousing": "TENANCY_WITH_CARE", "category": "SHELTER", "regionalTiesYears": %d,
                 "hadOwnDwelling": false, "consentOn": "%s"}""".formatted(reference, deciding, tiesYears, today);
    }

    static String reference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String register(String body) {
        MvcTestResult created = api.call("POST", "begeleider", BASE + "/candidates", body);
        assertThat(created).hasStatus(201);
        return api.body(created).path("id").asString();
    }

    /** A candidate in the pool: registered, ready, urgency granted by Dordrecht some days ago. */
    String pooled(String reference, int urgencyDaysAgo) {
        String id = register(candidate(reference, "GM0505", 10));
        assertThat(api.call("POST", "begeleider", BASE + "/candidates/" + id + "/readiness",
                "{\"readyOn\": \"" + today + "\", \"confirmedBy\": \"Test begeleider\"}")).hasStatus(201);
        jdbc.sql("update candidate set registered_at = now() - make_interval(days => ?) where id = ?::uuid")
                .params(urgencyDaysAgo + 1, id).update();
        assertThat(api.call("POST", "gemeente", BASE + "/candidates/" + id + "/urgency-decisions",
                "{\"grantedOn\": \"" + today.minusDays(urgencyDaysAgo) + "\", \"decision\": \"URG-T\"}")).hasStatus(201);
        return id;
    }

    String neighbourhood() {
        Set<String> red = scans.redAreas(REGION, FacilityType.PROTECTED_HOUSING_AT_HOME, 1);
        return catalog.finestAreas("GM0505").stream().map(Area::code).filter(c -> !red.contains(c)).findFirst().orElseThrow();
    }

    String vacancy(String address) {
        MvcTestResult created = api.call("POST", "corporatie", BASE + "/vacancies", """
                {"address": "%s", "postcode": "3311 AB", "neighbourhood": "%s", "bedrooms": 1, "rent": 612.50, "floor": 0,
                 "lift": false, "wheelchair": false, "availableFrom": "%s"}""".formatted(address, neighbourhood(), today));
        assertThat(created).hasStatus(201);
        return api.body(created).path("id").asString();
    }

    JsonNode run(String user) {
        MvcTestResult run = api.call("POST", user, BASE + "/matching-runs", "{\"region\": \"" + REGION + "\"}");
        assertThat(run).hasStatus(201);
        return api.body(run);
    }

    /** Runs the matching and adopts the engine's proposal for the vacancy (as the corporation). */
    String adopt(String vacancy) {
        JsonNode run = run("corporatie");
        JsonNode proposal = run.path("vacancyProposals").valueStream()
                .filter(p -> p.path("vacancy").path("id").asString().equals(vacancy)).findFirst().orElseThrow();
        String candidate = proposal.path("proposedCandidateId").asString();
        MvcTestResult adopted = api.call("POST", "corporatie", BASE + "/proposals", """
                {"matchingRunId": "%s", "vacancyId": "%s", "place": %d}""".formatted(run.path("id").asString(), vacancy,
                proposal.path("proposedPlace").asInt()));
        assertThat(adopted).hasStatus(201);
        assertThat(api.body(adopted).path("candidateId").asString()).isEqualTo(candidate);
        return candidate;
    }

    String offer(String vacancy, LocalDate on) {
        MvcTestResult offer = api.call("POST", "corporatie", BASE + "/offers",
                "{\"vacancyId\": \"" + vacancy + "\", \"offeredOn\": \"" + on + "\"}");
        assertThat(offer).hasStatus(201);
        return api.body(offer).path("id").asString();
    }

    long logged(String actor, String action, String objectId, String outcome) {
        return jdbc.sql("select count(*) from processing_log where actor = ? and action = ? and subject_ref = ? and outcome = ?")
                .params(actor, action, processingLog.pseudonym("candidate", objectId), outcome).query(Long.class).single();
    }

    @Test
    void a_corporation_cannot_read_a_candidate_that_was_never_proposed_for_its_vacancies() {
        String id = pooled(reference("AUTH"), 30);
        assertThat(api.call("GET", "corporatie", BASE + "/candidates/" + id, null)).hasStatus(404);
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/candidates", null)).path("items").valueStream()
                .map(c -> c.path("id").asString())).doesNotContain(id);
        assertThat(logged("corporatie", "outflow.candidate.read", id, "DENIED")).isEqualTo(1);
        // region coordinators and administrators see aggregates only
        assertThat(api.call("GET", "regio", BASE + "/candidates/" + id, null)).hasStatus(403);
        assertThat(api.call("GET", "regio", BASE + "/candidates", null)).hasStatus(403);
        assertThat(api.call("GET", "beheerder", BASE + "/candidates", null)).hasStatus(403);

        // once proposed for one of its vacancies, the corporation reads the minimal fields, and that read is logged
        String vacancy = vacancy("Machtigingsstraat 1");
        assertThat(adopt(vacancy)).isEqualTo(id);
        MvcTestResult minimal = api.call("GET", "corporatie", BASE + "/candidates/" + id, null);
        assertThat(minimal).hasStatusOk();
        JsonNode c = api.body(minimal);
        assertThat(c.path("access").asString()).isEqualTo("MINIMAL");
        assertThat(c.path("bedroomsNeeded").asInt()).isEqualTo(1);
        for (String hidden : List.of("ageBand", "municipalities", "exclusions", "category", "originMunicipality",
                "regionalTiesYears", "history", "eligibility", "decidingMunicipality")) {
            assertThat(c.has(hidden)).as("minimal view leaves out %s", hidden).isFalse();
        }
        assertThat(logged("corporatie", "outflow.candidate.read", id, "SUCCESS")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_municipality_sees_only_the_candidates_it_decides_on() {
        String papendrecht = register(candidate(reference("PAP"), "GM0590", 10));
        assertThat(api.call("GET", "gemeente", BASE + "/candidates/" + papendrecht, null)).hasStatus(404);
        assertThat(api.call("POST", "gemeente", BASE + "/candidates/" + papendrecht + "/urgency-decisions",
                "{\"grantedOn\": \"" + today + "\", \"decision\": \"X\"}")).hasStatus(404);
        // every read is one entry in the processing log: the answer to the registration, each GET, each list
        long reads = logged("begeleider", "outflow.candidate.read", papendrecht, "SUCCESS");
        assertThat(reads).isEqualTo(1);
        MvcTestResult own = api.call("GET", "begeleider", BASE + "/candidates/" + papendrecht, null);
        assertThat(api.body(own).path("access").asString()).isEqualTo("FULL");
        assertThat(logged("begeleider", "outflow.candidate.read", papendrecht, "SUCCESS")).isEqualTo(reads + 1);
        api.call("GET", "begeleider", BASE + "/candidates", null);
        assertThat(logged("begeleider", "outflow.candidate.read", papendrecht, "SUCCESS")).isEqualTo(reads + 2);
    }

    @Test
    void from_registration_through_offer_and_acceptance_to_the_agreement_and_the_monitor() {
        String id = pooled(reference("FLOW"), 40);
        String vacancy = vacancy("Doorloopstraat 3");
        assertThat(adopt(vacancy)).isEqualTo(id);
        String offer = offer(vacancy, today.minusDays(1));
        JsonNode offered = api.body(api.call("GET", "begeleider", BASE + "/offers/" + offer, null));
        assertThat(offered.path("status").asString()).isEqualTo("OPEN");
        assertThat(offered.path("waitingDays").asInt()).isEqualTo(39);
        assertThat(offered.path("withinNorm").asBoolean()).isTrue();
        // the corporation does not answer its own offer
        assertThat(api.call("POST", "corporatie", BASE + "/offers/" + offer + "/acceptance", "{\"startsOn\": \"" + today + "\"}")).hasStatus(403);
        MvcTestResult accepted = api.call("POST", "begeleider", BASE + "/offers/" + offer + "/acceptance", "{\"startsOn\": \"" + today + "\"}");
        assertThat(accepted).hasStatus(201);
        JsonNode tenancy = api.body(accepted);
        assertThat(tenancy.path("endsOn").asString()).isEqualTo(today.plusMonths(12).toString());
        assertThat(tenancy.path("evaluations").valueStream().map(e -> e.path("month").asInt())).containsExactly(3, 6, 12);
        assertThat(api.body(api.call("GET", "begeleider", BASE + "/candidates/" + id, null)).path("status").asString()).isEqualTo("HOUSED");
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/vacancies/" + vacancy, null)).path("status").asString()).isEqualTo("LET");

        // an evaluation in the future or a regular lease before the end are refused; an early end needs its reason
        String t = BASE + "/tenancies/" + tenancy.path("id").asString();
        assertThat(api.call("POST", "begeleider", t + "/evaluations",
                "{\"month\": 3, \"heldOn\": \"" + today.plusDays(1) + "\", \"summary\": \"x\"}")).hasStatus(422);
        assertThat(api.call("POST", "corporatie", t + "/outcomes",
                "{\"outcome\": \"REGULAR_LEASE\", \"decidedOn\": \"" + today + "\"}")).hasStatus(422);
        assertThat(api.call("POST", "corporatie", t + "/outcomes", "{\"outcome\": \"ENDED\", \"decidedOn\": \"" + today + "\"}"))
                .hasStatus(422);
        // the region coordinator and the administrator see the agreements only as the monitor's aggregates
        assertThat(api.call("GET", "regio", t, null)).hasStatus(403);
        assertThat(api.call("GET", "beheerder", BASE + "/tenancies", null)).hasStatus(403);
        assertThat(api.call("GET", "regio", BASE + "/offers/" + offer, null)).hasStatus(403);
        // an evaluation is written once; a second one for the same moment (another tab, a double click) is refused
        assertThat(api.call("POST", "corporatie", t + "/evaluations",
                "{\"month\": 3, \"heldOn\": \"" + today + "\", \"summary\": \"Eerste verslag\"}")).hasStatus(201);
        MvcTestResult again = api.call("POST", "begeleider", t + "/evaluations",
                "{\"month\": 3, \"heldOn\": \"" + today + "\", \"summary\": \"Overschreven?\"}");
        assertThat(again).hasStatus(422);
        assertThat(api.body(again).path("detail").asString()).contains("al vastgelegd");
        assertThat(jdbc.sql("select summary from tenancy_evaluation where tenancy_id = ?::uuid and month = 3")
                .param(tenancy.path("id").asString()).query(String.class).single()).isEqualTo("Eerste verslag");

        // the monitor counts it this month, and the same record is behind the number
        int month = today.getMonthValue();
        JsonNode monitor = api.body(api.call("GET", "regio", BASE + "/monitor?region=" + REGION + "&year=" + today.getYear(), null));
        int outflow = monitor.path("months").get(month - 1).path("outflow").asInt();
        assertThat(outflow).isGreaterThanOrEqualTo(1);
        JsonNode records = api.body(api.call("GET", "regio", BASE + "/monitor/records?region=" + REGION + "&year=" + today.getYear()
                + "&figure=OUTFLOW&key=" + month, null));
        assertThat(records.path("rows").size()).isEqualTo(outflow);
        assertThat(records.path("rows").valueStream().map(r -> r.path("mark").asString())).contains(jdbc.sql("select mark from candidate where id = ?::uuid").param(id).query(String.class).single());
        assertThat(records.path("rows").valueStream().filter(r -> r.has("reference"))).isEmpty();
        // a row with the mark alone is still a record of a person: the region's read of it is logged
        assertThat(logged("regio", "outflow.candidate.read", id, "SUCCESS")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_decline_with_its_reason_returns_the_candidate_to_the_pool_and_opens_the_dwelling_again() {
        String id = pooled(reference("DECL"), 20);
        String vacancy = vacancy("Weigerweg 5");
        adopt(vacancy);
        String offer = offer(vacancy, today);
        assertThat(api.call("POST", "begeleider", BASE + "/offers/" + offer + "/decline", "{\"reason\": \"OTHER\"}")).hasStatus(422);
        assertThat(api.call("POST", "begeleider", BASE + "/offers/" + offer + "/decline", "{\"reason\": \"LOCATION_UNSUITABLE\"}"))
                .hasStatus(201);
        assertThat(api.body(api.call("GET", "begeleider", BASE + "/candidates/" + id, null)).path("status").asString())
                .isEqualTo("URGENCY_GRANTED");
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/vacancies/" + vacancy, null)).path("status").asString()).isEqualTo("OPEN");
        JsonNode history = api.body(api.call("GET", "begeleider", BASE + "/candidates/" + id, null)).path("history");
        assertThat(history.get(0).path("reason").asString()).contains("plek past niet").contains("pool");
    }

    @Test
    void after_a_decline_the_corporation_keeps_the_offer_without_the_candidate_and_never_reads_the_providers_note() {
        String id = pooled(reference("NOTE"), 20);
        String vacancy = vacancy("Notitieweg 2");
        adopt(vacancy);
        String offer = offer(vacancy, today);
        // while the offer is open the corporation reads the candidate's minimal fields
        assertThat(api.call("GET", "corporatie", BASE + "/candidates/" + id, null)).hasStatusOk();
        assertThat(api.call("POST", "begeleider", BASE + "/offers/" + offer + "/decline",
                "{\"reason\": \"OTHER\", \"note\": \"Persoonlijke toelichting van de begeleider\"}")).hasStatus(201);
        JsonNode seen = api.body(api.call("GET", "corporatie", BASE + "/offers/" + offer, null));
        assertThat(seen.path("declineReason").asString()).isEqualTo("OTHER");
        assertThat(seen.has("declineNote")).isFalse();
        assertThat(seen.has("candidateReference")).isFalse();
        assertThat(seen.has("candidateId")).isFalse();
        assertThat(api.body(api.call("GET", "begeleider", BASE + "/offers/" + offer, null)).path("declineNote").asString())
                .isEqualTo("Persoonlijke toelichting van de begeleider");
        // the declined offer ends the corporation's link, as a released proposal does
        assertThat(api.call("GET", "corporatie", BASE + "/candidates/" + id, null)).hasStatus(404);
        // and the candidate is not proposed that dwelling again, nor can the corporation adopt them for it once more
        JsonNode again = run("corporatie");
        JsonNode proposal = again.path("vacancyProposals").valueStream()
                .filter(p -> p.path("vacancy").path("id").asString().equals(vacancy)).findFirst().orElseThrow();
        assertThat(proposal.has("proposedCandidateId")).as(proposal.toString()).isFalse();
        assertThat(proposal.path("ranked").size()).isZero();
        assertThat(api.call("GET", "corporatie", BASE + "/candidates/" + id, null)).hasStatus(404);
    }

    @Test
    void a_corporation_sees_the_rest_of_the_list_by_place_only_and_adopts_by_place() {
        String first = pooled(reference("RANK"), 60);
        String second = pooled(reference("RANK"), 30);
        String vacancy = vacancy("Rangorde 1");
        JsonNode run = run("corporatie");
        JsonNode proposal = run.path("vacancyProposals").valueStream()
                .filter(p -> p.path("vacancy").path("id").asString().equals(vacancy)).findFirst().orElseThrow();
        assertThat(proposal.path("proposedCandidateId").asString()).isEqualTo(first);
        // the engine's proposal for its open dwelling: the corporation reads its minimal fields, in the round and on its own
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/candidates/" + first, null)).path("access").asString())
                .isEqualTo("MINIMAL");
        assertThat(proposal.path("ranked").valueStream().filter(r -> r.path("proposedHere").asBoolean()).findFirst().orElseThrow()
                .path("reasons").valueStream().map(JsonNode::asString)).noneMatch(r -> r.contains("keus") || r.contains("herkomst"));
        JsonNode other = proposal.path("ranked").valueStream().filter(r -> !r.path("proposedHere").asBoolean()).findFirst()
                .orElseThrow();
        assertThat(other.has("candidateId")).isFalse();
        assertThat(other.path("label").asString()).isEqualTo("Kandidaat " + other.path("place").asInt());
        assertThat(other.path("reasons").valueStream().map(JsonNode::asString))
                .allMatch(r -> r.startsWith("urgent sinds") || r.startsWith("voorgesteld"));
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/matching-runs/latest", null)).toString()).doesNotContain(second);
        // another place needs a reason; with it, the corporation adopts that candidate and now sees it
        String body = "{\"matchingRunId\": \"%s\", \"vacancyId\": \"%s\", \"place\": %d%s}";
        assertThat(api.call("POST", "corporatie", BASE + "/proposals", body.formatted(run.path("id").asString(), vacancy,
                other.path("place").asInt(), ""))).hasStatus(422);
        MvcTestResult adopted = api.call("POST", "corporatie", BASE + "/proposals", body.formatted(run.path("id").asString(),
                vacancy, other.path("place").asInt(), ", \"reason\": \"Woont al in de buurt van het steunnetwerk\""));
        assertThat(adopted).hasStatus(201);
        assertThat(api.body(adopted).path("candidateId").asString()).isEqualTo(second);
        assertThat(api.call("GET", "corporatie", BASE + "/candidates/" + second, null)).hasStatusOk();
        assertThat(api.call("GET", "corporatie", BASE + "/candidates/" + first, null)).hasStatus(404);
    }

    @Test
    void a_matching_round_is_started_by_the_region_municipalities_and_corporations_of_the_region_only() {
        assertThat(api.call("POST", "begeleider", BASE + "/matching-runs", "{}")).hasStatus(403);
        assertThat(api.call("POST", "beheerder", BASE + "/matching-runs", "{}")).hasStatus(403);
        assertThat(api.call("POST", "corporatie", BASE + "/matching-runs", "{\"region\": \"rotterdam\"}")).hasStatus(403);
        assertThat(api.call("POST", "regio", BASE + "/matching-runs", "{}")).hasStatus(201);
        // filtering on acceptable municipalities would show a corporation what it may not see
        MvcTestResult filtered = api.call("GET", "corporatie", BASE + "/candidates?municipality=GM0505", null);
        assertThat(filtered).hasStatus(422).hasContentType("application/problem+json");
    }

    @Test
    void an_offer_without_an_answer_for_more_than_seven_days_is_stalled() {
        pooled(reference("STAL"), 30);
        String vacancy = vacancy("Wachtlaan 8");
        adopt(vacancy);
        String offer = offer(vacancy, today.minusDays(8));
        JsonNode stalled = api.body(api.call("GET", "corporatie", BASE + "/offers?stalled=true", null)).path("items");
        assertThat(stalled.valueStream().map(o -> o.path("id").asString())).contains(offer);
        assertThat(api.call("POST", "corporatie", BASE + "/offers", "{\"vacancyId\": \"" + vacancy + "\", \"offeredOn\": \""
                + today.plusDays(1) + "\"}")).hasStatus(422);
        // the region coordinator sees it as a number per corporation, and behind it the mark without the reference
        JsonNode open = api.body(api.call("GET", "regio", BASE + "/monitor?region=" + REGION + "&year=" + today.getYear(), null))
                .path("openOffers").valueStream().filter(o -> o.path("corporationCode").asString().equals("trivire"))
                .findFirst().orElseThrow();
        assertThat(open.path("stalled").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode rows = api.body(api.call("GET", "regio", BASE + "/monitor/records?region=" + REGION + "&year=" + today.getYear()
                + "&figure=STALLED_OFFERS&key=trivire", null)).path("rows");
        assertThat(rows.size()).isEqualTo(open.path("stalled").asInt());
        assertThat(rows.valueStream().filter(r -> r.has("reference") || r.has("link"))).isEmpty();
    }

    @Test
    void refused_input_gets_a_problem_and_changes_nothing() {
        long before = jdbc.sql("select count(*) from candidate").query(Long.class).single();
        MvcTestResult bsn = api.call("POST", "begeleider", BASE + "/candidates", candidate("111222333", "GM0505", 5));
        assertThat(bsn).hasStatus(422).hasContentType("application/problem+json");
        assertThat(api.body(bsn).path("code").asString()).isEqualTo("outflow-refused");
        assertThat(api.body(bsn).path("detail").asString()).contains("burgerservicenummer");
        MvcTestResult empty = api.call("POST", "begeleider", BASE + "/candidates", "{\"reference\": \"LEEG-1\"}");
        assertThat(empty).hasStatus(422);
        assertThat(api.body(empty).path("errors").size()).isGreaterThan(5);
        assertThat(api.call("POST", "begeleider", BASE + "/candidates", "{\"adults\": \"veel\"}")).hasStatus(400);
        assertThat(api.call("POST", "corporatie", BASE + "/candidates", candidate(reference("CORP"), "GM0505", 5))).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from candidate").query(Long.class).single()).isEqualTo(before);
        assertThat(api.call("POST", "corporatie", BASE + "/vacancies", """
                {"address": "x 1", "postcode": "1234", "neighbourhood": "BU99999999", "bedrooms": 1, "rent": 0, "floor": 0,
                 "availableFrom": "%s"}""".formatted(today))).hasStatus(422);
        assertThat(api.call("POST", "begeleider", BASE + "/vacancies", "{}")).hasStatus(403);
    }

    @Test
    void lists_are_paged_and_only_the_candidates_on_the_page_are_logged_as_read() {
        register(candidate(reference("PAGE"), "GM0505", 5));
        register(candidate(reference("PAGE"), "GM0505", 5));
        String reads = "select count(*) from processing_log where actor = 'begeleider' and action = 'outflow.candidate.read'";
        long before = jdbc.sql(reads).query(Long.class).single();
        JsonNode page = api.body(api.call("GET", "begeleider", BASE + "/candidates?pageSize=1", null));
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("page").path("totalElements").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("_links").has("next")).isTrue();
        assertThat(jdbc.sql(reads).query(Long.class).single()).isEqualTo(before + 1);
        assertThat(api.call("GET", "begeleider", BASE + "/candidates?pageSize=0", null)).hasStatus(400);
        assertThat(api.body(api.call("GET", "corporatie", BASE + "/vacancies?pageSize=2", null)).path("items").size()).isLessThanOrEqualTo(2);
    }

    @Test
    void an_id_in_the_path_that_cannot_be_one_is_not_found() {
        for (String[] call : List.of(new String[] {"begeleider", "/candidates/kapot"}, new String[] {"corporatie", "/vacancies/kapot"},
                new String[] {"begeleider", "/offers/kapot"}, new String[] {"begeleider", "/tenancies/kapot"},
                new String[] {"begeleider", "/candidates/" + UUID.randomUUID()})) {
            MvcTestResult result = api.call("GET", call[0], BASE + call[1], null);
            assertThat(result).as(call[1]).hasStatus(404).hasContentType("application/problem+json");
            assertThat(api.body(result).path("code").asString()).as(call[1]).isEqualTo("not-found");
        }
        assertThat(api.call("POST", "begeleider", BASE + "/offers/kapot/decline", "{\"reason\": \"OTHER\"}")).hasStatus(404);
        assertThat(api.call("POST", "gemeente", BASE + "/candidates/123/urgency-decisions",
                "{\"grantedOn\": \"" + today + "\", \"decision\": \"X\"}")).hasStatus(404);
        assertThat(api.call("PATCH", "regio", BASE + "/rules/" + REGION + "/eligibility-rules/kapot", "{\"active\": true}"))
                .hasStatus(404);
    }

    @Test
    void a_change_made_meanwhile_is_a_conflict_not_an_overwrite() {
        String ref = reference("VERS");
        String id = register(candidate(ref, "GM0505", 5));
        String update = candidate(ref, "GM0505", 6).replace("\"consentOn\"", "\"version\": 0, \"consentOn\"");
        assertThat(api.call("PUT", "begeleider", BASE + "/candidates/" + id, update)).hasStatusOk();
        assertThat(api.call("PUT", "begeleider", BASE + "/candidates/" + id, update)).hasStatus(409);
    }

    @Test
    void the_regional_ties_rule_needs_a_recorded_exception_before_urgency_is_granted() {
        MvcTestResult rules = api.call("POST", "regio", BASE + "/rules/" + REGION + "/eligibility-rules",
                "{\"kind\": \"MIN_REGIONAL_TIES_YEARS\", \"parameter\": 3, \"description\": \"Minimaal 3 jaar regiobinding\"}");
        assertThat(rules).hasStatus(201);
        String rule = api.body(rules).valueStream().filter(r -> r.path("active").asBoolean()).findFirst().orElseThrow()
                .path("id").asString();
        assertThat(api.call("POST", "gemeente", BASE + "/rules/" + REGION + "/eligibility-rules",
                "{\"kind\": \"PRIOR_OWN_DWELLING\", \"description\": \"x\"}")).hasStatus(403);
        String id = register(candidate(reference("TIES"), "GM0505", 1));
        MvcTestResult refused = api.call("POST", "gemeente", BASE + "/candidates/" + id + "/urgency-decisions",
                "{\"grantedOn\": \"" + today + "\", \"decision\": \"URG-1\"}");
        assertThat(refused).hasStatus(422);
        assertThat(api.body(refused).path("detail").asString()).contains("Minimaal 3 jaar regiobinding");
        assertThat(api.call("POST", "gemeente", BASE + "/candidates/" + id + "/exceptions", """
                {"ruleId": "%s", "reason": "Gezin van statushouders; netwerk en school in Dordrecht", "decidedOn": "%s"}"""
                .formatted(rule, today))).hasStatus(201);
        MvcTestResult granted = api.call("POST", "gemeente", BASE + "/candidates/" + id + "/urgency-decisions",
                "{\"grantedOn\": \"" + today + "\", \"decision\": \"URG-1\"}");
        assertThat(granted).hasStatus(201);
        JsonNode check = api.body(granted).path("eligibility").path("rules").get(0);
        assertThat(check.path("met").asBoolean()).isFalse();
        assertThat(check.path("exception").path("reason").asString()).contains("statushouders");
    }

    @Test
    void the_cap_keeps_a_corporation_at_its_share_of_the_vacancies_it_reported() {
        int year = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        int let = jdbc.sql("select count(*) from tenancy where corporation_code = 'trivire' and extract(year from starts_on) = ?")
                .param(year).query(Integer.class).single();
        // 25% of this total leaves room for exactly one more
        int total = 4 * (let + 1);
        assertThat(api.call("PUT", "corporatie", BASE + "/vacancy-totals/" + year + "/" + quarter, "{\"total\": " + total + "}"))
                .hasStatusOk();
        pooled(reference("CAP1"), 50);
        pooled(reference("CAP2"), 40);
        vacancy("Plafondplein 1");
        vacancy("Plafondplein 2");
        JsonNode run = run("corporatie");
        assertThat(run.path("housed").asInt()).isEqualTo(1);
        String proposed = run.path("vacancyProposals").valueStream().filter(p -> !p.path("proposedCandidateId").isNull())
                .findFirst().orElseThrow().path("vacancy").path("id").asString();
        adopt(proposed);
        JsonNode after = run("corporatie");
        assertThat(after.path("housed").asInt()).isZero();
        assertThat(after.path("leftOutByRule").path("CORPORATION_CAP").asInt()).isEqualTo(1);
        assertThat(after.path("notes").valueStream().map(JsonNode::asString)).anyMatch(n -> n.contains("plafond"));
        JsonNode caps = api.body(api.call("GET", "regio", BASE + "/monitor?region=" + REGION, null)).path("caps");
        JsonNode trivire = caps.valueStream().filter(c -> c.path("corporationCode").asString().equals("trivire")).findFirst().orElseThrow();
        assertThat(trivire.path("reportedTotal").asInt()).isEqualTo(total);
        assertThat(trivire.path("allowed").asInt()).isEqualTo(let + 1);
        assertThat(trivire.path("exceeded").asBoolean()).isFalse();
    }

    @Test
    void a_region_coordinator_decides_the_contingent_and_the_corporations_get_their_parts_by_stock() {
        String url = BASE + "/contingents/" + REGION + "/2031";
        String body = "{\"total\": 50, \"careLoadCorrection\": false, \"decidedBy\": \"Bestuurlijk overleg (test)\"}";
        assertThat(api.call("PUT", "gemeente", url, body)).hasStatus(403);
        MvcTestResult decided = api.call("PUT", "regio", url, body);
        assertThat(decided).hasStatusOk();
        List<JsonNode> shares = api.body(decided).path("shares").valueStream().toList();
        assertThat(shares.stream().mapToInt(s -> s.path("contingent").asInt()).sum()).isEqualTo(50);
        int dordrecht = shares.stream().filter(s -> s.path("municipalityCode").asString().equals("GM0505")).findFirst().orElseThrow()
                .path("contingent").asInt();
        assertThat(api.call("PUT", "regio", BASE + "/corporation-stock",
                "{\"region\": \"" + REGION + "\", \"year\": 2031, \"municipality\": \"GM0505\", \"corporation\": \"trivire\", \"dwellings\": 6000}"))
                .hasStatus(204);
        assertThat(api.call("PUT", "corporatie", BASE + "/corporation-stock",
                "{\"region\": \"" + REGION + "\", \"year\": 2031, \"municipality\": \"GM0505\", \"corporation\": \"alwel\", \"dwellings\": 2000}"))
                .hasStatus(403);
        assertThat(api.call("PUT", "regio", BASE + "/corporation-stock",
                "{\"region\": \"" + REGION + "\", \"year\": 2031, \"municipality\": \"GM0505\", \"corporation\": \"alwel\", \"dwellings\": 2000}"))
                .hasStatus(204);
        List<JsonNode> parts = api.body(api.call("GET", "corporatie", url + "/corporation-shares", null)).valueStream().toList();
        assertThat(parts.stream().mapToInt(p -> p.path("contingent").asInt()).sum()).isEqualTo(dordrecht);
        assertThat(parts.stream().filter(p -> p.path("corporationCode").asString().equals("trivire")).findFirst().orElseThrow()
                .path("exact").asDouble()).isEqualTo(dordrecht * 0.75);
    }

    @Test
    void every_number_of_the_monitor_is_the_count_of_the_records_behind_it() {
        int year = today.getYear();
        JsonNode monitor = api.body(api.call("GET", "regio", BASE + "/monitor?region=" + REGION + "&year=" + year, null));
        for (JsonNode m : monitor.path("perMunicipality")) {
            JsonNode records = api.body(api.call("GET", "regio", BASE + "/monitor/records?region=" + REGION + "&year=" + year
                    + "&figure=HOUSED_MUNICIPALITY&key=" + m.path("code").asString(), null));
            assertThat(records.path("rows").size()).as(m.path("name").asString()).isEqualTo(m.path("total").asInt());
        }
        JsonNode waits = monitor.path("waits");
        for (String state : List.of("WITHIN_NORM", "LATE", "WAITING", "WAITING_LATE", "WITHDRAWN")) {
            String field = switch (state) {
                case "WITHIN_NORM" -> "withinNorm";
                case "LATE" -> "late";
                case "WAITING" -> "waiting";
                case "WAITING_LATE" -> "waitingLate";
                default -> "withdrawn";
            };
            JsonNode records = api.body(api.call("GET", "regio", BASE + "/monitor/records?region=" + REGION + "&year=" + year
                    + "&figure=WAITS&key=" + state, null));
            assertThat(records.path("rows").size()).as(state).isEqualTo(waits.path(field).asInt());
        }
        assertThat(api.call("GET", "regio", BASE + "/monitor/records?figure=NONSENSE", null)).hasStatus(422);
    }
}
