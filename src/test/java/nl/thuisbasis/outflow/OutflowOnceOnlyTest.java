package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.ScanService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import testsupport.DemoApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outflow forms that create something count once (platform.OnceOnly): the same form sent twice with its token (a
 * reload of the answer to a POST, a double tap, the back button and send again) creates one record, and both answers
 * are the same redirect to it (post-redirect-get). Runs on the database of {@link OutflowApiIntegrationTest}.
 */
@SpringBootTest(properties = {"thuisbasis.embedded-db.database=outflow_api", "thuisbasis.outflow.load-demo-data=false"})
@AutoConfigureMockMvc
@DisplayName("Outflow forms that create something count once")
class OutflowOnceOnlyTest {

    @Autowired
    MockMvc pages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ScanService scans;

    @Autowired
    RegionCatalog catalog;

    final LocalDate today = LocalDate.now(OutflowClock.ZONE);

    @Test
    void the_same_new_candidate_form_sent_twice_registers_one_candidate_and_both_answers_lead_to_it() throws Exception {
        String reference = "ONCE-" + UUID.randomUUID().toString().substring(0, 8);
        String token = UUID.randomUUID().toString();
        Map<String, String> form = candidateForm(reference, token);

        String first = redirectOf(post("begeleider", "/uitstroom/kandidaten", form));
        String second = redirectOf(post("begeleider", "/uitstroom/kandidaten", form));

        assertThat(first).matches("/uitstroom/kandidaten/[0-9a-f-]{36}\\?aangemeld");
        assertThat(second).isEqualTo(first);
        assertThat(count("select count(*) from candidate where reference = ?", reference)).isEqualTo(1);
        // a new form (a new token) is a new registration: the token, not the content, makes it the same submission
        String other = "ONCE-" + UUID.randomUUID().toString().substring(0, 8);
        redirectOf(post("begeleider", "/uitstroom/kandidaten", candidateForm(other, UUID.randomUUID().toString())));
        assertThat(count("select count(*) from candidate where reference = ?", other)).isEqualTo(1);
    }

    @Test
    void a_new_candidates_mark_is_short_enough_to_read_aloud() throws Exception {
        String reference = "MARK-" + UUID.randomUUID().toString().substring(0, 8);
        redirectOf(post("begeleider", "/uitstroom/kandidaten", candidateForm(reference, UUID.randomUUID().toString())));
        String mark = jdbc.sql("select mark from candidate where reference = ?").param(reference).query(String.class).single();
        assertThat(mark).matches("K-[ACDEFGHJKMNPQRTUVWXY34679]{6}");
    }

    @Test
    void a_refused_registration_stores_nothing_and_the_corrected_form_can_use_the_same_token() throws Exception {
        String reference = "ONCE-" + UUID.randomUUID().toString().substring(0, 8);
        String token = UUID.randomUUID().toString();
        Map<String, String> refused = candidateForm(reference, token);
        refused.remove("consentOn");
        MvcResult answer = post("begeleider", "/uitstroom/kandidaten", refused);
        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(count("select count(*) from candidate where reference = ?", reference)).isZero();

        redirectOf(post("begeleider", "/uitstroom/kandidaten", candidateForm(reference, token)));
        assertThat(count("select count(*) from candidate where reference = ?", reference)).isEqualTo(1);
    }

    @Test
    void the_same_new_vacancy_form_sent_twice_records_one_dwelling() throws Exception {
        String address = "Eenmaallaan " + (System.nanoTime() % 100_000);
        Map<String, String> form = new LinkedHashMap<>(Map.of("address", address, "postcode", "3311 AB",
                "neighbourhood", neighbourhoodThatIsNotRed(), "bedrooms", "1", "rent", "612,50", "floor", "0",
                "availableFrom", today.toString(), "onceToken", UUID.randomUUID().toString()));

        String first = redirectOf(post("corporatie", "/uitstroom/woningen", form));
        String second = redirectOf(post("corporatie", "/uitstroom/woningen", form));

        assertThat(first).matches("/uitstroom/woningen/[0-9a-f-]{36}\\?aangeboden");
        assertThat(second).isEqualTo(first);
        assertThat(count("select count(*) from vacancy where address = ?", address)).isEqualTo(1);
    }

    @Test
    void the_api_registers_once_per_idempotency_key_and_answers_a_retry_with_the_same_candidate() throws Exception {
        String reference = "ONCE-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String body = """
                {"reference": "%s", "decidingMunicipality": "GM0505", "adults": 1, "children": 0, "ageBand": "Y27_44",
                 "incomeBand": "LOW", "bedroomsNeeded": 1, "municipalities": ["GM0505"], "exclusions": [],
                 "originMunicipality": "GM0505", "supportProvider": "leger-des-heils", "supportIntensity": "MEDIUM",
                 "targetHousing": "TENANCY_WITH_CARE", "category": "SHELTER", "regionalTiesYears": 10,
                 "hadOwnDwelling": false, "consentOn": "%s"}""".formatted(reference, today);
        String first = api(body, key);
        String second = api(body, key);
        assertThat(second).isEqualTo(first);
        assertThat(count("select count(*) from candidate where reference = ?", reference)).isEqualTo(1);
    }

    String api(String body, String key) throws Exception {
        MvcResult result = pages.perform(MockMvcRequestBuilders.post("/api/v1/outflow/candidates")
                .with(httpBasic("begeleider", DemoApi.PASSWORD)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).path("id").asString();
    }

    // ----

    Map<String, String> candidateForm(String reference, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("onceToken", token);
        form.put("reference", reference);
        form.put("consentOn", today.toString());
        form.put("decidingMunicipality", "GM0505");
        form.put("category", "SHELTER");
        form.put("targetHousing", "TENANCY_WITH_CARE");
        form.put("regionalTiesYears", "5");
        form.put("adults", "1");
        form.put("children", "0");
        form.put("ageBand", "Y27_44");
        form.put("incomeBand", "LOW");
        form.put("bedroomsNeeded", "1");
        form.put("ranks[GM0505]", "1");
        form.put("originMunicipality", "GM0505");
        form.put("supportProvider", "leger-des-heils");
        form.put("supportIntensity", "MEDIUM");
        return form;
    }

    String neighbourhoodThatIsNotRed() {
        Set<String> red = scans.redAreas("drechtsteden-alblasserwaard", FacilityType.PROTECTED_HOUSING_AT_HOME, 1);
        return catalog.finestAreas("GM0505").stream().map(Area::code).filter(c -> !red.contains(c)).findFirst().orElseThrow();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    MvcResult post(String username, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .with(user((CurrentUser) accounts.loadUserByUsername(username))).with(csrf());
        form.forEach(request::param);
        return pages.perform(request).andReturn();
    }

    static String redirectOf(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getErrorMessage()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }
}
