package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidateLinks;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.demo.OutflowDemoData;
import nl.thuisbasis.outflow.matching.Matching;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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

    @Autowired
    CandidateLinks links;

    @Test
    void every_page_renders_for_every_role_with_the_records_it_may_see() throws Exception {
        int year = LocalDate.now(OutflowClock.ZONE).getYear();
        demo.load(LocalDate.now(OutflowClock.ZONE));
        matching.run(account("corporatie"), "drechtsteden-alblasserwaard");
        List<String> candidates = jdbc.sql("select id::text from candidate where reference like 'DEMO-%' order by reference").query(String.class).list();
        List<String> vacancies = jdbc.sql("select id::text from vacancy where corporation_code = 'trivire'").query(String.class).list();
        List<String> tenancies = jdbc.sql("select id::text from tenancy").query(String.class).list();
        List<String> common = new ArrayList<>(List.of("/uitstroom", "/uitstroom/matching", "/uitstroom/contingenten",
                "/uitstroom/contingenten?jaar=" + (year - 1), "/uitstroom/monitor", "/uitstroom/monitor?jaar=" + (year - 1),
                "/uitstroom/instellingen", "/uitstroom/monitor/export.xlsx", "/uitstroom/monitor/per-maand.csv",
                "/uitstroom/monitor/plafond.csv", "/uitstroom/monitor/open-aanbiedingen.csv"));
        for (String figure : List.of("WAITS", "HOUSED_MUNICIPALITY", "HOUSED_CORPORATION", "CAP", "COMMITTED", "OUTCOME", "INFLOW", "OUTFLOW",
                "OPEN_OFFERS", "STALLED_OFFERS")) {
            common.add("/uitstroom/monitor/records?figuur=" + figure);
        }
        common.add("/uitstroom/monitor/records?figuur=CAP&sleutel=trivire");
        common.add("/uitstroom/monitor/records?figuur=HOUSED_MUNICIPALITY&sleutel=GM0505&kwartaal=2");
        List<String> records = new ArrayList<>(List.of("/uitstroom/aanbiedingen", "/uitstroom/aanbiedingen?vastgelopen=true",
                "/uitstroom/huurzorg"));
        tenancies.forEach(t -> records.add("/uitstroom/huurzorg/" + t));

        Map<UUID, Set<String>> linked = links.linkedCorporations(candidates.stream().map(UUID::fromString).toList());
        for (String role : List.of("begeleider", "gemeente", "corporatie", "regio", "beheerder")) {
            CurrentUser user = account(role);
            String organisation = user.organisation().code();
            String municipality = String.valueOf(user.organisation().municipalityCode());
            for (String page : common) {
                int status = get(user, page).getResponse().getStatus();
                assertThat(status).as("%s %s", role, page).isEqualTo(200);
            }
            // offers and agreements are records of people: the region and the operator see them only as aggregates
            boolean aggregatesOnly = role.equals("regio") || role.equals("beheerder");
            for (String page : records) {
                int status = get(user, page).getResponse().getStatus();
                // an agreement: its corporation, its provider and the tenant's deciding municipality read it
                boolean visible = !page.startsWith("/uitstroom/huurzorg/") || jdbc.sql("""
                        select count(*) from tenancy t join candidate c on c.id = t.candidate_id
                        where t.id = ?::uuid and (t.corporation_code = ? or t.provider_code = ? or c.deciding_municipality = ?)""")
                        .params(page.substring(page.lastIndexOf('/') + 1), organisation, organisation, municipality)
                        .query(Long.class).single() > 0;
                assertThat(status).as("%s %s", role, page).isEqualTo(aggregatesOnly ? 403 : visible ? 200 : 404);
            }
            int list = get(user, "/uitstroom/kandidaten").getResponse().getStatus();
            assertThat(list).as("%s candidates", role).isEqualTo(Map.of("regio", 403, "beheerder", 403).getOrDefault(role, 200));
            for (String id : candidates) {
                int status = get(user, "/uitstroom/kandidaten/" + id).getResponse().getStatus();
                // its provider and deciding municipality in full, a corporation it is linked to minimally, nobody else
                boolean visible = switch (role) {
                    case "begeleider", "gemeente" -> jdbc.sql("select count(*) from candidate where id = ?::uuid and (provider_code = ? "
                            + "or deciding_municipality = ?)").params(id, role.equals("begeleider") ? organisation : "-",
                            municipality).query(Long.class).single() > 0;
                    case "corporatie" -> linked.getOrDefault(UUID.fromString(id), Set.of()).contains(organisation);
                    default -> false;
                };
                assertThat(status).as("%s candidate %s", role, id).isEqualTo(aggregatesOnly ? 403 : visible ? 200 : 404);
            }
            for (String id : vacancies) {
                // its corporation, the municipality it is in, the region and the operator; a provider once it was offered
                // to one of its clients
                boolean visible = switch (role) {
                    case "corporatie", "regio", "beheerder" -> true;
                    case "gemeente" -> jdbc.sql("select count(*) from vacancy where id = ?::uuid and municipality_code = ?")
                            .params(id, municipality).query(Long.class).single() > 0;
                    default -> jdbc.sql("select count(*) from offer where vacancy_id = ?::uuid and provider_code = ?")
                            .params(id, organisation).query(Long.class).single() > 0;
                };
                assertThat(get(user, "/uitstroom/woningen/" + id).getResponse().getStatus()).as("%s vacancy %s", role, id)
                        .isEqualTo(visible ? 200 : 404);
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

    @Test
    void wrong_or_stale_form_input_is_refused_in_the_form_or_not_found_never_an_error() throws Exception {
        demo.load(LocalDate.now(OutflowClock.ZONE));
        // an empty total for the preview: the form comes back with the problem, not an error page
        MvcResult empty = post(account("regio"), "/uitstroom/contingenten", Map.of("year", "2026", "total", "", "action", "preview"));
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(empty.getResponse().getContentAsString()).contains("Geef het totaal");
        // a corporation enters the stock of its own corporation only, and is told so in the form
        MvcResult stock = post(account("corporatie"), "/uitstroom/contingenten/voorraad",
                Map.of("year", "2026", "municipality", "GM0505", "corporation", "alwel", "dwellings", "100"));
        assertThat(stock.getResponse().getStatus()).isEqualTo(422);
        assertThat(stock.getResponse().getContentAsString()).contains("eigen corporatie");
        assertThat(get(account("corporatie"), "/uitstroom/contingenten").getResponse().getContentAsString())
                .doesNotContain("value=\"alwel\"");
        // another provider's candidate, another corporation's agreement: not found, as when reading them
        String other = jdbc.sql("select id::text from candidate where provider_code <> 'leger-des-heils' limit 1").query(String.class).single();
        assertThat(post(account("begeleider"), "/uitstroom/kandidaten/" + other + "/wijzigen", Map.of("version", "0"))
                .getResponse().getStatus()).isEqualTo(404);
        String elsewhere = jdbc.sql("select id::text from tenancy where corporation_code <> 'trivire' limit 1").query(String.class)
                .optional().orElse(null);
        if (elsewhere != null) {
            assertThat(status(post(account("corporatie"), "/uitstroom/huurzorg/" + elsewhere + "/evaluatie",
                    Map.of("month", "3", "heldOn", LocalDate.now().toString(), "summary", "x")))).isEqualTo(404);
        }
        // an edit form without the version it was opened at is refused, and nothing changes
        String vacancy = jdbc.sql("select id::text from vacancy where corporation_code = 'trivire' and status = 'OPEN' limit 1")
                .query(String.class).single();
        MvcResult stale = post(account("corporatie"), "/uitstroom/woningen/" + vacancy + "/wijzigen", Map.of("address", "Elders 1"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(stale.getResponse().getContentAsString()).contains("versie");
        assertThat(jdbc.sql("select address from vacancy where id = ?::uuid").param(vacancy).query(String.class).single())
                .isNotEqualTo("Elders 1");
        // one unreadable number does not hide the other problems of the form
        MvcResult registration = post(account("begeleider"), "/uitstroom/kandidaten", Map.of("adults", "1e3"));
        assertThat(registration.getResponse().getStatus()).isEqualTo(422);
        assertThat(registration.getResponse().getContentAsString()).contains("Het aantal volwassenen is een heel getal.")
                .contains("Kies de leeftijdscategorie.").contains("toestemming");
        // 31 February is no date (not silently the 28th); 28 February is
        String february = post(account("begeleider"), "/uitstroom/kandidaten", Map.of("consentOn", "31-2-2026"))
                .getResponse().getContentAsString();
        assertThat(february).contains("De datum van de toestemming is geen datum.").contains("value=\"31-2-2026\"");
        assertThat(post(account("begeleider"), "/uitstroom/kandidaten", Map.of("consentOn", "28-2-2026")).getResponse()
                .getContentAsString()).doesNotContain("consentOn-error").contains("value=\"2026-02-28\"");
    }

    @Test
    void an_id_in_the_path_that_cannot_be_one_is_a_page_that_does_not_exist() throws Exception {
        CurrentUser provider = account("begeleider");
        for (String page : List.of("/uitstroom/kandidaten/kapot", "/uitstroom/kandidaten/kapot/wijzigen", "/uitstroom/huurzorg/kapot")) {
            assertThat(status(get(provider, page))).as(page).isEqualTo(404);
        }
        assertThat(status(get(account("corporatie"), "/uitstroom/woningen/kapot"))).isEqualTo(404);
        assertThat(status(post(provider, "/uitstroom/kandidaten/kapot/woonklaar", Map.of("readyOn", "2026-01-01", "readyBy", "x"))))
                .isEqualTo(404);
        assertThat(status(post(provider, "/uitstroom/aanbiedingen/kapot/weigeren", Map.of("candidate", UUID.randomUUID().toString(),
                "declineReason", "OTHER")))).isEqualTo(404);
        assertThat(status(post(account("corporatie"), "/uitstroom/woningen/kapot/aanbieden", Map.of("offeredOn", "2026-01-01"))))
                .isEqualTo(404);
        assertThat(status(post(account("regio"), "/uitstroom/instellingen/regels/kapot", Map.of("inForce", "true")))).isEqualTo(404);
    }

    @Test
    void a_long_list_is_shown_a_page_at_a_time_and_counts_all_its_records() throws Exception {
        demo.load(LocalDate.now(OutflowClock.ZONE));
        String own = jdbc.sql("select id::text from candidate where provider_code = 'leger-des-heils' limit 1").query(String.class).single();
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children, age_band,
                    income_band, needs_ground_floor, needs_lift, needs_wheelchair, bedrooms_needed, origin_municipality,
                    support_provider, support_intensity, target_housing, category, regional_ties_years, had_own_dwelling,
                    consent_on, status, registered_by)
                select gen_random_uuid(), region_code, 'LANG-' || g, provider_code, deciding_municipality, adults, children, age_band,
                    income_band, needs_ground_floor, needs_lift, needs_wheelchair, bedrooms_needed, origin_municipality,
                    support_provider, support_intensity, target_housing, category, regional_ties_years, had_own_dwelling,
                    consent_on, 'REGISTERED', registered_by
                from candidate, generate_series(1, 120) g where id = ?::uuid""").param(own).update();
        int total = jdbc.sql("select count(*) from candidate where provider_code = 'leger-des-heils'").query(Integer.class).single();
        String reads = "select count(*) from processing_log where actor = 'begeleider' and action = 'outflow.candidate.read'";
        long before = jdbc.sql(reads).query(Long.class).single();
        String first = get(account("begeleider"), "/uitstroom/kandidaten").getResponse().getContentAsString();
        assertThat(first).contains("data-testid=\"pager\"").contains("pagina=2").contains(total + " kandidaten");
        assertThat(first.split("data-reference=", -1).length - 1).isEqualTo(100);
        // only the candidates on the page are logged as read
        assertThat(jdbc.sql(reads).query(Long.class).single()).isEqualTo(before + 100);
        String second = get(account("begeleider"), "/uitstroom/kandidaten?pagina=2").getResponse().getContentAsString();
        assertThat(second.split("data-reference=", -1).length - 1).isEqualTo(Math.min(100, total - 100));
        assertThat(status(get(account("begeleider"), "/uitstroom/kandidaten?pagina=0"))).isEqualTo(400);
    }

    private static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    private MvcResult post(CurrentUser user, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(user(user)).with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    private MvcResult get(CurrentUser user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(user)).with(csrf())).andReturn();
    }
}
