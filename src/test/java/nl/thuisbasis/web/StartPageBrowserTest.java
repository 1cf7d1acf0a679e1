package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** After logging in, staff land on what needs them now, past deadlines first, each line leading to its records. */
@DisplayName("The start page of staff")
class StartPageBrowserTest extends BrowserTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * What this test asserts on, of its own (tests start without demo oversight, reports and outflow): an improvement
     * action a week late at a Dordrecht location, a report in Dordrecht's queue past its deadline, and a candidate
     * waiting for Dordrecht's urgency decision.
     */
    void work() {
        UUID facility = jdbc.sql("select id from facility where name = 'Beschermd wonen Noordendijk'").query(UUID.class).single();
        jdbc.sql("""
                insert into oversight_profile (facility_id, regime, updated_by) values (?, 'IMPROVEMENT_TRACK', 'test')
                on conflict (facility_id) do update set regime = 'IMPROVEMENT_TRACK'""").param(facility).update();
        UUID track = UUID.randomUUID();
        jdbc.sql("update improvement_track set ended_on = current_date where facility_id = ? and ended_on is null")
                .param(facility).update();
        jdbc.sql("insert into improvement_track (id, facility_id, started_on, goal, started_by) values (?, ?, ?, 'Rust', 'test')")
                .params(track, facility, LocalDate.now().minusMonths(2)).update();
        jdbc.sql("""
                insert into improvement_action (id, track_id, description, owner_organisation, deadline, status, created_by,
                    updated_by) values (?, ?, 'Startpagina-actie: huisregels opstellen', 'leger-des-heils', ?, 'OPEN', 'test', 'test')""")
                .params(UUID.randomUUID(), track, LocalDate.now().minusWeeks(1)).update();
        jdbc.sql("""
                insert into report (id, tracking_code, category, description, received_at, municipality_code, routed_to,
                    route_target, acknowledge_by, resolve_by)
                values (?, ?, 'NOISE', 'Startpagina: geluid', now() - interval '20 days', 'GM0505', 'GM0505', 'MUNICIPALITY', ?, ?)""")
                .params(UUID.randomUUID(), "S" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(),
                        LocalDate.now().minusDays(15), LocalDate.now().minusDays(5)).update();
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children,
                    age_band, income_band, bedrooms_needed, origin_municipality, support_provider, support_intensity,
                    target_housing, category, consent_on, status, registered_by)
                values (?, 'drechtsteden-alblasserwaard', ?, 'leger-des-heils', 'GM0505', 1, 0, 'Y27_44', 'LOW', 1, 'GM0505',
                    'leger-des-heils', 'MEDIUM', 'TENANCY_WITH_CARE', 'SHELTER', current_date, 'REGISTERED', 'test')""")
                .params(UUID.randomUUID(), "START-" + UUID.randomUUID().toString().substring(0, 8)).update();
    }

    @Test
    @DisplayName("a municipality lands on what needs it: late actions and reports first, then candidates waiting for urgency")
    void municipality() {
        work();
        logIn("gemeente");
        assertThat(page).hasURL(Pattern.compile(".*/start$"));
        Locator lines = page.locator("[data-testid=work] li");
        org.assertj.core.api.Assertions.assertThat(lines.count()).isGreaterThan(0);
        assertThat(lines.first()).hasAttribute("data-overdue", "true");
        assertThat(page.locator("nav a[aria-current=page]")).hasText("Wat wacht op mij");
        checkPage("start-municipality");

        Locator urgency = page.locator("[data-testid=work] a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("urgentiebesluit"));
        urgency.click();
        assertThat(page).hasURL(Pattern.compile(".*/uitstroom/kandidaten\\?status=REGISTERED$"));
        org.assertj.core.api.Assertions.assertThat(page.locator("main table tbody tr").count()).isGreaterThan(0);

        open("/start?lang=en");
        assertThat(page.locator("h1")).hasText("What needs you");
        checkPage("start-municipality-en");
        page.setViewportSize(390, 844);
        checkPage("start-municipality-phone");
    }

    @Test
    @DisplayName("a care provider and a corporation land on their own work; the public never sees the start page")
    void providerAndCorporation() {
        logIn("begeleider");
        assertThat(page).hasURL(Pattern.compile(".*/start$"));
        assertThat(page.locator("h1")).hasText("Wat wacht op u");
        checkPage("start-provider");

        context.clearCookies();
        logIn("corporatie");
        assertThat(page).hasURL(Pattern.compile(".*/start$"));
        checkPage("start-corporation");

        context.clearCookies();
        open("/start");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
