package nl.thuisbasis.outflow.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.transaction.annotation.Transactional;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vacancy pages in English: a refused vacancy form, quarterly total, withdrawal, adoption (the matching's step on the
 * vacancy's page) and release each show their problems in English next to their fields and in the summary, and store
 * nothing; the round's reasons and notes read in English too. Everything runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@DisplayName("Vacancy and matching forms in English")
class VacancyFormsInEnglishTest {

    static final String BASE = "/api/v1/outflow";
    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

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

    /** An empty pool and no open dwellings (rolled back with the test), so a round holds only what the test makes. */
    @BeforeEach
    void emptyPool() {
        api = new DemoApi(tester, json);
        jdbc.sql("update proposal set released_at = now(), release_reason = 'test' where released_at is null").update();
        jdbc.sql("update offer set status = 'WITHDRAWN' where status = 'OPEN'").update();
        jdbc.sql("update candidate set status = 'WITHDRAWN' where status in ('REGISTERED', 'URGENCY_GRANTED', 'PROPOSED', 'OFFERED')").update();
        jdbc.sql("update vacancy set status = 'WITHDRAWN' where status in ('OPEN', 'PROPOSED', 'OFFERED')").update();
        jdbc.sql("delete from vacancy_total").update();
        jdbc.sql("update eligibility_rule set active = false").update();
    }

    @Test
    void a_refused_vacancy_reads_in_english_next_to_its_fields_and_nothing_is_stored() throws Exception {
        long before = count("select count(*) from vacancy");
        MvcResult result = post("corporatie", "/uitstroom/woningen", Map.of("address", "", "postcode", "12", "neighbourhood", "",
                "bedrooms", "two", "rent", "a lot", "floor", "0", "availableFrom", "31-02-2026"));
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = html(result);
        assertThat(html).contains("Give the address (street and house number, at most 200 characters).")
                .contains("Give a postcode such as 3311 AB.").contains("Choose the dwelling")
                .contains("The number of bedrooms is a whole number.").contains("The rent is an amount such as 612.50.")
                .contains("The date of availability is not a date.");
        assertThat(html).doesNotContain("Geef het adres").doesNotContain("postcode zoals").doesNotContain("slaapkamers")
                .doesNotContain("huur is een bedrag").doesNotContain("beschikbaarheid").doesNotContain("Kies de buurt");
        for (String field : new String[] {"address", "postcode", "bedrooms", "rent", "availableFrom"}) {
            assertInvalid(html, "input", field);
        }
        assertInvalid(html, "select", "neighbourhood");
        assertThat(html).contains("href=\"#address\"").contains("href=\"#rent\"").contains("href=\"#neighbourhood\"")
                .contains("href=\"#availableFrom\"");
        // what was typed comes back, also what could not be read
        assertThat(tag(html, "input", "rent")).contains("value=\"a lot\"");
        assertThat(tag(html, "input", "postcode")).contains("value=\"12\"");
        assertThat(count("select count(*) from vacancy")).isEqualTo(before);
    }

    @Test
    void a_refused_quarterly_total_reads_in_english_and_is_not_stored() throws Exception {
        MvcResult result = post("corporatie", "/uitstroom/woningen/totalen", Map.of("year", "20x6", "quarter", "7", "total", "-3"));
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = html(result);
        assertThat(html).contains("The year is a whole number.").contains("Choose the quarter (1 to 4).")
                .contains("Give the total number of vacated dwellings (0 or more).");
        assertThat(html).doesNotContain("Het jaar is").doesNotContain("Kies het kwartaal").doesNotContain("vrijgekomen woningen (0");
        assertInvalid(html, "input", "year");
        assertInvalid(html, "select", "quarter");
        assertInvalid(html, "input", "total");
        assertThat(html).contains("href=\"#year\"").contains("href=\"#quarter\"").contains("href=\"#total\"");
        assertThat(count("select count(*) from vacancy_total")).isZero();
    }

    @Test
    void the_steps_on_a_vacancy_page_read_in_english_at_their_own_fields_and_change_nothing() throws Exception {
        String vacancy = vacancy("Engelse Laan 1");
        pooled(60);
        pooled(30);
        // a candidate who needs more bedrooms than any open dwelling has: left out, and told why
        register(candidate("ENG-3", 5));
        JsonNode run = api.body(api.call("POST", "corporatie", BASE + "/matching-runs", "{\"region\": \"" + REGION + "\"}"));
        JsonNode proposal = run.path("vacancyProposals").valueStream()
                .filter(p -> p.path("vacancy").path("id").asString().equals(vacancy)).findFirst().orElseThrow();
        assertThat(proposal.path("ranked").size()).isGreaterThanOrEqualTo(2);
        int other = proposal.path("ranked").valueStream().filter(r -> !r.path("proposedHere").asBoolean()).findFirst().orElseThrow()
                .path("place").asInt();

        // the vacancy's page shows the round's reasons in English
        String page = html(get("corporatie", "/uitstroom/woningen/" + vacancy));
        assertThat(page).contains("urgent since").doesNotContain("urgent sinds").doesNotContain("voorgesteld voor");

        // another place than the proposal needs a reason: the problem shows at that row's field
        MvcResult adopt = post("corporatie", "/uitstroom/woningen/" + vacancy + "/voorstel",
                Map.of("run", run.path("id").asString(), "place", String.valueOf(other), "choiceReason", ""));
        assertThat(adopt.getResponse().getStatus()).isEqualTo(422);
        String html = html(adopt);
        assertThat(html).contains("Give the reason why you choose another candidate than the proposal.")
                .doesNotContain("Geef de reden");
        assertInvalid(html, "input", "choiceReason-" + other);
        assertThat(html).contains("href=\"#choiceReason-" + other + "\"");
        assertThat(count("select count(*) from proposal where vacancy_id = ?::uuid and released_at is null", vacancy)).isZero();
        assertThat(status(vacancy)).isEqualTo("OPEN");

        // withdrawing without a reason
        MvcResult withdraw = post("corporatie", "/uitstroom/woningen/" + vacancy + "/terugtrekken", Map.of("withdrawalReason", " "));
        assertThat(withdraw.getResponse().getStatus()).isEqualTo(422);
        html = html(withdraw);
        assertThat(html).contains("Give the reason (at most 500 characters).").doesNotContain("Geef de reden");
        assertInvalid(html, "input", "withdrawalReason");
        assertThat(html).contains("href=\"#withdrawalReason\"");
        assertThat(status(vacancy)).isEqualTo("OPEN");

        // adopted, then let go without a reason
        int proposed = proposal.path("proposedPlace").asInt();
        assertThat(api.call("POST", "corporatie", BASE + "/proposals", """
                {"matchingRunId": "%s", "vacancyId": "%s", "place": %d}""".formatted(run.path("id").asString(), vacancy, proposed)))
                .hasStatus(201);
        MvcResult release = post("corporatie", "/uitstroom/woningen/" + vacancy + "/loslaten", Map.of("releaseReason", ""));
        assertThat(release.getResponse().getStatus()).isEqualTo(422);
        html = html(release);
        assertThat(html).contains("Give the reason (at most 500 characters).").doesNotContain("Geef de reden");
        assertInvalid(html, "input", "releaseReason");
        assertThat(html).contains("href=\"#releaseReason\"");
        assertThat(status(vacancy)).isEqualTo("PROPOSED");

        // the municipality reads its candidates' outcomes and the round's notes in English
        String matching = html(get("gemeente", "/uitstroom/matching"));
        assertThat(matching).contains("None of the").contains("too few bedrooms")
                .contains("has not reported a total of vacated dwellings");
        assertThat(matching).doesNotContain("Geen van de").doesNotContain("voldoet aan de harde regels")
                .doesNotContain("meldde nog geen totaal").doesNotContain("langer wachten");
    }

    @Test
    void a_withdrawn_vacancy_keeps_the_typed_reason_and_stores_the_system_s_words_as_a_key() throws Exception {
        String vacancy = vacancy("Sleutelstraat 1");
        pooled(40);
        JsonNode run = api.body(api.call("POST", "corporatie", BASE + "/matching-runs", "{\"region\": \"" + REGION + "\"}"));
        JsonNode proposal = run.path("vacancyProposals").valueStream()
                .filter(p -> p.path("vacancy").path("id").asString().equals(vacancy)).findFirst().orElseThrow();
        assertThat(api.call("POST", "corporatie", BASE + "/proposals", """
                {"matchingRunId": "%s", "vacancyId": "%s", "place": %d}""".formatted(run.path("id").asString(), vacancy,
                proposal.path("proposedPlace").asInt()))).hasStatus(201);
        MvcResult withdrawn = post("corporatie", "/uitstroom/woningen/" + vacancy + "/terugtrekken",
                Map.of("withdrawalReason", "Toch verkocht"));
        assertThat(withdrawn.getResponse().getRedirectedUrl()).endsWith("?teruggetrokken");
        Map<String, Object> row = jdbc.sql("select release_reason, release_reason_key, array_to_string(release_reason_args, '|') as args "
                + "from proposal where vacancy_id = ?::uuid").param(vacancy).query().singleRow();
        assertThat(row).containsEntry("release_reason", "Toch verkocht")
                .containsEntry("release_reason_key", "out.proposal.released.vacancyWithdrawn").containsEntry("args", "Toch verkocht");
    }

    // ---- helpers

    /** The tag of the element with this id, which is marked invalid and described by its error message. */
    static void assertInvalid(String html, String element, String id) {
        String tag = tag(html, element, id);
        assertThat(tag).as("%s #%s", element, id).contains("aria-invalid=\"true\"");
        assertThat(tag).as("%s #%s", element, id).containsPattern("aria-describedby=\"[^\"]*" + Pattern.quote(id) + "-error");
        assertThat(html).contains("id=\"" + id + "-error\"");
    }

    static String tag(String html, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("<%s id=\"%s\">", element, id).isTrue();
        return m.group();
    }

    String vacancy(String address) {
        Set<String> red = scans.redAreas(REGION, FacilityType.PROTECTED_HOUSING_AT_HOME, 1);
        String hood = catalog.finestAreas("GM0505").stream().map(Area::code).filter(c -> !red.contains(c)).findFirst().orElseThrow();
        MvcTestResult created = api.call("POST", "corporatie", BASE + "/vacancies", """
                {"address": "%s", "postcode": "3311 AB", "neighbourhood": "%s", "bedrooms": 1, "rent": 612.50, "floor": 0,
                 "lift": false, "wheelchair": false, "availableFrom": "%s"}""".formatted(address, hood, today));
        assertThat(created).hasStatus(201);
        return api.body(created).path("id").asString();
    }

    String candidate(String prefix, int bedrooms) {
        return """
                {"reference": "%s", "decidingMunicipality": "GM0505", "adults": 1, "children": 0, "ageBand": "Y27_44",
                 "incomeBand": "LOW", "bedroomsNeeded": %d, "municipalities": ["GM0505"], "exclusions": [],
                 "originMunicipality": "GM0505", "supportProvider": "leger-des-heils", "supportIntensity": "MEDIUM",
                 "targetHousing": "TENANCY_WITH_CARE", "category": "SHELTER", "regionalTiesYears": 10,
                 "hadOwnDwelling": false, "consentOn": "%s"}""".formatted(prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
                bedrooms, today);
    }

    String register(String body) {
        MvcTestResult created = api.call("POST", "begeleider", BASE + "/candidates", body);
        assertThat(created).hasStatus(201);
        String id = api.body(created).path("id").asString();
        assertThat(api.call("POST", "begeleider", BASE + "/candidates/" + id + "/readiness",
                "{\"readyOn\": \"" + today + "\", \"confirmedBy\": \"Test begeleider\"}")).hasStatus(201);
        assertThat(api.call("POST", "gemeente", BASE + "/candidates/" + id + "/urgency-decisions",
                "{\"grantedOn\": \"" + today + "\", \"decision\": \"URG-T\"}")).hasStatus(201);
        return id;
    }

    /** A candidate in the pool for one bedroom, with urgency some days ago. */
    void pooled(int urgencyDaysAgo) {
        String id = register(candidate("ENG", 1));
        jdbc.sql("update candidate set urgency_granted_on = ? where id = ?::uuid").params(today.minusDays(urgencyDaysAgo), id).update();
    }

    String status(String vacancy) {
        return jdbc.sql("select status from vacancy where id = ?::uuid").param(vacancy).query(String.class).single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    MvcResult post(String username, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).param("lang", "en").with(user(account(username)))
                .with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    MvcResult get(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).param("lang", "en").with(user(account(username)))).andReturn();
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
