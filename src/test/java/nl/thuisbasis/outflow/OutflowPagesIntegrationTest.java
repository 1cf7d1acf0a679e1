package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every outflow page rendered for every role on the demo data (loaded in a transaction that is rolled back), after a
 * matching round: no template fails on a real mix of records, and each role gets exactly the pages it may.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@DisplayName("The outflow pages on the demo data")
class OutflowPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutflowDemoData demo;

    @Autowired
    Matching matching;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void every_page_renders_for_every_role_with_the_records_it_may_see() throws Exception {
        int year = LocalDate.now(Candidates.ZONE).getYear();
        demo.load(LocalDate.now(Candidates.ZONE));
        matching.run(account("corporatie"), "drechtsteden-alblasserwaard");
        List<String> candidates = jdbc.sql("select id::text from candidate where reference like 'DEMO-%' order by reference").query(String.class).list();
        List<String> vacancies = jdbc.sql("select id::text from vacancy where corporation_code = 'trivire'").query(String.class).list();
        List<String> tenancies = jdbc.sql("select id::text from tenancy").query(String.class).list();
        List<String> common = new ArrayList<>(List.of("/uitstroom", "/uitstroom/matching", "/uitstroom/aanbiedingen",
                "/uitstroom/aanbiedingen?vastgelopen=true", "/uitstroom/huurzorg", "/uitstroom/contingenten",
                "/uitstroom/contingenten?jaar=" + (year - 1), "/uitstroom/monitor", "/uitstroom/monitor?jaar=" + (year - 1),
                "/uitstroom/instellingen", "/uitstroom/monitor/export.xlsx", "/uitstroom/monitor/per-maand.csv",
                "/uitstroom/monitor/plafond.csv"));
        for (String figure : List.of("WAITS", "HOUSED_MUNICIPALITY", "HOUSED_CORPORATION", "CAP", "OUTCOME", "INFLOW", "OUTFLOW")) {
            common.add("/uitstroom/monitor/records?figuur=" + figure);
        }
        common.add("/uitstroom/monitor/records?figuur=CAP&sleutel=trivire");
        common.add("/uitstroom/monitor/records?figuur=HOUSED_MUNICIPALITY&sleutel=GM0505&kwartaal=2");
        tenancies.forEach(t -> common.add("/uitstroom/huurzorg/" + t));

        for (String role : List.of("begeleider", "gemeente", "corporatie", "regio", "beheerder")) {
            CurrentUser user = account(role);
            for (String page : common) {
                int status = get(user, page).getResponse().getStatus();
                assertThat(status).as("%s %s", role, page).isIn(200, 404);
            }
            int list = get(user, "/uitstroom/kandidaten").getResponse().getStatus();
            assertThat(list).as("%s candidates", role).isEqualTo(Map.of("regio", 403, "beheerder", 403).getOrDefault(role, 200));
            for (String id : candidates) {
                int status = get(user, "/uitstroom/kandidaten/" + id).getResponse().getStatus();
                assertThat(status).as("%s candidate %s", role, id).isIn(200, 403, 404);
            }
            for (String id : vacancies) {
                assertThat(get(user, "/uitstroom/woningen/" + id).getResponse().getStatus()).as("%s vacancy", role).isIn(200, 403, 404);
            }
        }
        // the provider sees its own candidates in full, with the forms of its next steps
        String own = jdbc.sql("select id::text from candidate where reference like 'DEMO-%' and provider_code = 'leger-des-heils' "
                + "and status = 'OFFERED' limit 1").query(String.class).optional().orElse(null);
        if (own != null) {
            String html = get(account("begeleider"), "/uitstroom/kandidaten/" + own).getResponse().getContentAsString();
            assertThat(html).contains("data-testid=\"accept-offer\"").contains("data-testid=\"decline-offer\"");
        }
        // the matching page shows the municipality its candidates and why some were left out
        String page = get(account("gemeente"), "/uitstroom/matching").getResponse().getContentAsString();
        assertThat(page).contains("id=\"outcomes\"").contains("id=\"left-out\"");
        // the corporation's matching page lists its dwellings with the proposals
        assertThat(get(account("corporatie"), "/uitstroom/matching").getResponse().getContentAsString()).contains("id=\"proposals\"");
        // the English pages render too
        assertThat(get(account("regio"), "/uitstroom/monitor?lang=en").getResponse().getContentAsString()).contains("Outflow monitor");
    }

    private CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    private MvcResult get(CurrentUser user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(user)).with(csrf())).andReturn();
    }
}
