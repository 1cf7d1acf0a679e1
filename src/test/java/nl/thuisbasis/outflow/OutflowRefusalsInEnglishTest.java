package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refused outflow forms in English: the candidate form, a step on the candidate's page, the answers to an offer, an
 * evaluation of an agreement and the settings. Each shows its problems in English (none of the Dutch sentence), next to
 * their fields (aria-invalid, aria-describedby) and in the error summary with links to the fields, and stores nothing.
 * Runs on the database of {@link OutflowApiIntegrationTest} (outflow_api, without the outflow demo data), with the same
 * reset of that database only.
 */
@SpringBootTest(properties = {"thuisbasis.embedded-db.database=outflow_api", "thuisbasis.outflow.load-demo-data=false"})
@AutoConfigureMockMvc
@DisplayName("Refused outflow forms in English")
class OutflowRefusalsInEnglishTest {

    static final String BASE = "/api/v1/outflow";
    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    MockMvc pages;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ScanService scans;

    @Autowired
    RegionCatalog catalog;

    DemoApi api;
    final LocalDate today = LocalDate.now(OutflowClock.ZONE);

    /** An empty pool and no open dwellings (of this database only), so the matching round proposes our candidate. */
    @BeforeEach
    void emptyPool() {
        api = new DemoApi(mvc, json);
        jdbc.sql("update proposal set released_at = now(), release_reason = 'test' where released_at is null").update();
        jdbc.sql("update offer set status = 'WITHDRAWN' where status = 'OPEN'").update();
        jdbc.sql("update candidate set status = 'WITHDRAWN' where status in ('REGISTERED', 'URGENCY_GRANTED', 'PROPOSED', 'OFFERED')").update();
        jdbc.sql("update vacancy set status = 'WITHDRAWN' where status in ('OPEN', 'PROPOSED', 'OFFERED')").update();
        jdbc.sql("update eligibility_rule set active = false").update();
    }

    @Test
    void a_refused_registration_shows_each_problem_at_its_field_in_english_and_stores_nothing() throws Exception {
        long before = count("select count(*) from candidate");
        String page = post("begeleider", "/uitstroom/kandidaten", Map.of("reference", "111222333", "adults", "veel",
                "consentOn", "31-2-2026", "ranks[GM0505]", "eerste"), 422);

        assertThat(page).contains("This looks like a citizen service number", "The number of adults is a whole number.",
                        "The date of consent is not a date.", "Choose the age group.", "The order of the municipalities consists of whole numbers.",
                        "Give at least one acceptable municipality.")
                .doesNotContain("burgerservicenummer", "Het aantal volwassenen", "Kies de leeftijdscategorie", "geen datum")
                .contains("id=\"error-summary\"", "href=\"#reference\"", "href=\"#adults\"", "href=\"#consentOn\"",
                        "href=\"#ageBand\"", "href=\"#municipalities\"", "href=\"#ranks-GM0505-\"")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"adults-error\"", "aria-describedby=\"reference-error reference-hint\"",
                        "id=\"municipalities-error\"")
                .contains("value=\"veel\"", "value=\"31-2-2026\"");
        assertThat(count("select count(*) from candidate")).isEqualTo(before);
    }

    @Test
    void a_refused_step_on_the_candidates_page_shows_its_problems_at_the_steps_fields() throws Exception {
        String id = register(reference("STEP"));
        long history = count("select count(*) from candidate_status_change where candidate_id = '" + id + "'");
        String page = post("gemeente", "/uitstroom/kandidaten/" + id + "/urgentie",
                Map.of("urgencyDate", today.plusDays(1).toString(), "urgencyDecision", ""), 422);

        assertThat(page).contains("The date of the urgency decision cannot be in the future.", "Enter the reference of the decision.")
                .doesNotContain("toekomst", "Geef het kenmerk")
                .contains("href=\"#urgencyDate\"", "href=\"#urgencyDecision\"", "aria-describedby=\"urgencyDate-error\"",
                        "aria-describedby=\"urgencyDecision-error\"");
        assertThat(jdbc.sql("select status from candidate where id = ?::uuid").param(id).query(String.class).single())
                .isEqualTo("REGISTERED");
        assertThat(count("select count(*) from candidate_status_change where candidate_id = '" + id + "'")).isEqualTo(history);
        // the history the system wrote is shown in the reader's language
        assertThat(get("begeleider", "/uitstroom/kandidaten/" + id)).contains("Registered for the priority scheme")
                .doesNotContain("Aangemeld voor de voorrangsregeling");
    }

    @Test
    void refused_answers_to_an_offer_and_a_refused_evaluation_show_their_problems_in_english() throws Exception {
        String candidate = pooled(reference("ANSW"));
        String vacancy = vacancy("Antwoordlaan 1");
        adopt(vacancy, candidate);
        // the corporation's offer on the vacancy's page: refused at its field, in English
        String tomorrow = post("corporatie", "/uitstroom/woningen/" + vacancy + "/aanbieden",
                Map.of("offeredOn", today.plusDays(1).toString()), 422);
        assertThat(tomorrow).contains("Enter the date of the offer (not in the future).").doesNotContain("Geef de datum van de aanbieding")
                .contains("aria-describedby=\"offeredOn-error\"", "id=\"offeredOn-error\"");
        assertThat(count("select count(*) from offer where vacancy_id = '" + vacancy + "'")).isZero();
        MvcTestResult made = api.call("POST", "corporatie", BASE + "/offers",
                "{\"vacancyId\": \"" + vacancy + "\", \"offeredOn\": \"" + today + "\"}");
        assertThat(made).hasStatus(201);
        String offer = api.body(made).path("id").asString();
        String withdrawal = post("corporatie", "/uitstroom/woningen/" + vacancy + "/intrekken", Map.of("offer", offer,
                "withdrawOfferReason", ""), 422);
        assertThat(withdrawal).contains("Give the reason for withdrawing (at most 1000 characters).")
                .contains("aria-describedby=\"withdrawOfferReason-error\"");

        String accept = post("begeleider", "/uitstroom/aanbiedingen/" + offer + "/aanvaarden", Map.of("candidate", candidate,
                "acceptStartsOn", today.minusDays(3).toString(), "acceptMonths", "99"), 422);
        assertThat(accept).contains("The agreement cannot start before the offer.", "The agreement lasts 1 to 60 months.")
                .doesNotContain("De overeenkomst")
                .contains("href=\"#acceptStartsOn\"", "href=\"#acceptMonths\"", "aria-describedby=\"acceptMonths-error\"",
                        "value=\"99\"");
        String decline = post("begeleider", "/uitstroom/aanbiedingen/" + offer + "/weigeren", Map.of("candidate", candidate,
                "declineReason", "OTHER", "declineNote", ""), 422);
        assertThat(decline).contains("Explain the reason &#39;other&#39;.").doesNotContain("Licht de reden")
                .contains("href=\"#declineNote\"", "aria-describedby=\"declineNote-error\"");
        assertThat(jdbc.sql("select status from offer where id = ?::uuid").param(offer).query(String.class).single()).isEqualTo("OPEN");

        MvcTestResult accepted = api.call("POST", "begeleider", BASE + "/offers/" + offer + "/acceptance",
                "{\"startsOn\": \"" + today + "\"}");
        assertThat(accepted).hasStatus(201);
        String tenancy = api.body(accepted).path("id").asString();
        String evaluation = post("begeleider", "/uitstroom/huurzorg/" + tenancy + "/evaluatie", Map.of("month", "3",
                "heldOn", today.plusDays(1).toString(), "summary", ""), 422);
        assertThat(evaluation).contains("Enter the date of the evaluation (after the start, not in the future).",
                        "Summarise the evaluation (at most 2000 characters).")
                .doesNotContain("Geef de datum van de evaluatie", "Vat de evaluatie samen")
                .contains("href=\"#heldOn\"", "href=\"#summary\"", "aria-describedby=\"heldOn-error\"", "aria-describedby=\"summary-error\"");
        assertThat(count("select count(*) from tenancy_evaluation where held_on is not null and tenancy_id = '" + tenancy + "'"))
                .isZero();
        // the history lines of the offer and its acceptance, in English
        assertThat(get("begeleider", "/uitstroom/kandidaten/" + candidate)).contains("Dwelling offered: Antwoordlaan 1",
                "Offer accepted; tenancy-with-care agreement from").doesNotContain("Woning aangeboden");
    }

    @Test
    void refused_settings_show_their_problems_in_english_and_change_nothing() throws Exception {
        int version = jdbc.sql("select coalesce((select version from outflow_setting where region_code = ?), 0)").param(REGION)
                .query(Integer.class).single();
        String norms = post("regio", "/uitstroom/instellingen/normen", Map.of("version", String.valueOf(version),
                "capPercent", "250", "offerNormMonths", "3", "stalledOfferDays", "7", "tenancyMonths", "12"), 422);
        assertThat(norms).contains("The cap is a percentage from 0 to 100.").doesNotContain("Het plafond")
                .contains("href=\"#capPercent\"", "aria-describedby=\"capPercent-error\"", "value=\"250\"");
        assertThat(jdbc.sql("select coalesce((select version from outflow_setting where region_code = ?), 0)").param(REGION)
                .query(Integer.class).single()).isEqualTo(version);

        long limits = count("select count(*) from affordability_limit");
        String refused = post("regio", "/uitstroom/instellingen/huurgrenzen", Map.of("year", "2091", "qualityDiscount", "veel",
                "lowCap", "650,00", "highCap", "700", "liberalisation", "900", "source", "Test"), 422);
        assertThat(refused).contains("The quality discount limit is an amount.").doesNotContain("is een bedrag")
                .contains("href=\"#qualityDiscount\"", "aria-describedby=\"qualityDiscount-error\"", "value=\"veel\"");
        assertThat(count("select count(*) from affordability_limit")).isEqualTo(limits);
    }

    // ---- the way there, through the API

    String reference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String register(String reference) {
        MvcTestResult created = api.call("POST", "begeleider", BASE + "/candidates", """
                {"reference": "%s", "decidingMunicipality": "GM0505", "adults": 1, "children": 0, "ageBand": "Y27_44",
                 "incomeBand": "LOW", "bedroomsNeeded": 1, "municipalities": ["GM0505"], "exclusions": [],
                 "originMunicipality": "GM0505", "supportProvider": "leger-des-heils", "supportIntensity": "MEDIUM",
                 "targetHousing": "TENANCY_WITH_CARE", "category": "SHELTER", "regionalTiesYears": 10,
                 "hadOwnDwelling": false, "consentOn": "%s"}""".formatted(reference, today));
        assertThat(created).hasStatus(201);
        return api.body(created).path("id").asString();
    }

    /** A candidate in the pool: registered, ready, urgency granted by Dordrecht twenty days ago. */
    String pooled(String reference) {
        String id = register(reference);
        assertThat(api.call("POST", "begeleider", BASE + "/candidates/" + id + "/readiness",
                "{\"readyOn\": \"" + today + "\", \"confirmedBy\": \"Test\"}")).hasStatus(201);
        jdbc.sql("update candidate set registered_at = now() - make_interval(days => 21) where id = ?::uuid").param(id).update();
        assertThat(api.call("POST", "gemeente", BASE + "/candidates/" + id + "/urgency-decisions",
                "{\"grantedOn\": \"" + today.minusDays(20) + "\", \"decision\": \"URG-EN\"}")).hasStatus(201);
        return id;
    }

    String vacancy(String address) {
        Set<String> red = scans.redAreas(REGION, FacilityType.PROTECTED_HOUSING_AT_HOME, 1);
        String neighbourhood = catalog.finestAreas("GM0505").stream().map(Area::code).filter(c -> !red.contains(c)).findFirst()
                .orElseThrow();
        MvcTestResult created = api.call("POST", "corporatie", BASE + "/vacancies", """
                {"address": "%s", "postcode": "3311 AB", "neighbourhood": "%s", "bedrooms": 1, "rent": 612.50, "floor": 0,
                 "lift": false, "wheelchair": false, "availableFrom": "%s"}""".formatted(address, neighbourhood, today));
        assertThat(created).hasStatus(201);
        return api.body(created).path("id").asString();
    }

    void adopt(String vacancy, String candidate) {
        MvcTestResult ran = api.call("POST", "corporatie", BASE + "/matching-runs", "{\"region\": \"" + REGION + "\"}");
        assertThat(ran).hasStatus(201);
        JsonNode run = api.body(ran);
        JsonNode proposal = run.path("vacancyProposals").valueStream()
                .filter(p -> p.path("vacancy").path("id").asString().equals(vacancy)).findFirst().orElseThrow();
        assertThat(proposal.path("proposedCandidateId").asString()).isEqualTo(candidate);
        assertThat(api.call("POST", "corporatie", BASE + "/proposals", """
                {"matchingRunId": "%s", "vacancyId": "%s", "place": %d}""".formatted(run.path("id").asString(), vacancy,
                proposal.path("proposedPlace").asInt()))).hasStatus(201);
    }

    // ---- pages

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    String post(String username, String path, Map<String, String> form, int status) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).param("lang", "en")
                .with(user((CurrentUser) accounts.loadUserByUsername(username))).with(csrf());
        form.forEach(request::param);
        MvcResult result = pages.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s %s", username, path).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String get(String username, String path) throws Exception {
        MvcResult result = pages.perform(MockMvcRequestBuilders.get(path).param("lang", "en")
                .with(user((CurrentUser) accounts.loadUserByUsername(username)))).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s %s", username, path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
