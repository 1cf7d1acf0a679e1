package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.thuisbasis.outflow.common.OutflowClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Early signals in the browser (decision 0018): the corporation records rent arrears for its tenant housed through
 * outflow, the key worker sees it on the caseload and takes a step and records the outcome, the municipality reads the
 * overview; every page checked by axe-core in Dutch, in English and at 390 px wide.
 */
@DisplayName("Early signals in the browser")
class SignalBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(OutflowClock.ZONE);

    @Test
    @DisplayName("record a signal as corporation, see it on the key worker's caseload, add a step and the outcome, the "
            + "municipality's overview; axe-core NL, EN, 390 px")
    void recordActCloseAndCount() {
        String reference = "BTS-" + UUID.randomUUID().toString().substring(0, 6);
        UUID tenancy = housed(reference);

        // the corporation records rent arrears; without months and amount it is refused at those fields
        logIn("corporatie");
        open("/uitstroom/signalen/nieuw");
        assertThat(page.locator("#receivedOn")).hasValue("");
        checkPage("signal-form");
        page.locator("#tenancyId").selectOption(new SelectOption().setValue(tenancy.toString()));
        page.locator("#type").selectOption("RENT_ARREARS");
        page.locator("#receivedOn").fill(today.minusDays(2).toString());
        page.locator("form.utrecht-form button[type=submit]").click();
        assertThat(page.locator("#error-summary a[href='#arrearsMonths']")).isVisible();
        assertThat(page.locator("#arrearsAmount")).hasAttribute("aria-invalid", "true");
        checkPage("signal-form-refused");
        page.locator("#arrearsMonths").fill("2");
        page.locator("#arrearsAmount").fill("1.250,00");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/uitstroom/signalen/[0-9a-f-]{36}\\?vastgelegd$"));
        String signalUrl = page.url().replaceAll("\\?.*$", "");
        assertThat(page.locator("[data-testid=signal-deadline]")).containsText("5 werkdagen");
        checkPage("signal-recorded");
        open("/uitstroom/signalen");
        assertThat(page.locator("#signals")).containsText(reference);
        checkPage("signals");

        // the key worker sees it on the caseload, with its deadline, and takes a step and records the outcome
        switchTo("begeleider");
        open("/trajecten?pagina=1");
        assertThat(page.locator("[data-testid=caseload-signals]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Huurachterstand"))).not().hasCount(0);
        checkPage("signal-caseload");
        open(signalUrl);
        page.locator("#kind").selectOption("HOME_VISIT");
        page.locator("#takenOn").fill(today.toString());
        page.locator("#step-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?stap$"));
        assertThat(page.locator("#signal-steps")).containsText("Huisbezoek");
        page.locator("#outcome").selectOption("EVICTION_PREVENTED");
        page.locator("#outcome-form button[type=submit]").click();
        assertThat(page.locator("#decidedOn")).hasAttribute("aria-invalid", "true");
        checkPage("signal-outcome-refused");
        page.locator("#decidedOn").fill(today.toString());
        page.locator("#outcome-form button[type=submit]").click();
        assertThat(page.locator("[data-testid=signal-status]")).containsText("Uitzetting voorkomen");
        assertThat(page.locator("#step-form")).hasCount(0);
        checkPage("signal-closed");
        open(signalUrl + "?lang=en");
        assertThat(page.locator("[data-testid=signal-status]")).containsText("Eviction prevented");
        checkPage("signal-closed-en");
        page.setViewportSize(390, 844);
        checkPage("signal-closed-390");
        page.setViewportSize(1280, 900);

        // a second signal, by the municipality, is a repeat; the overview counts it, the count leads to the list
        switchTo("gemeente");
        open("/uitstroom/signalen/nieuw?lang=nl");
        page.locator("#tenancyId").selectOption(new SelectOption().setValue(tenancy.toString()));
        page.locator("#type").selectOption("NUISANCE");
        page.locator("#receivedOn").fill(today.toString());
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?vastgelegd$"));
        assertThat(page.locator("[data-testid=signal-repeat]")).isVisible();
        open("/uitstroom/signalen/overzicht");
        checkPage("signal-overview");
        page.locator("a[data-cell=UNDER_A_WEEK-NUISANCE]").click();
        assertThat(page.locator("#signals")).containsText(reference);
        checkPage("signals-filtered");
        open("/uitstroom/signalen/overzicht?lang=en");
        checkPage("signal-overview-en");
        open("/uitstroom/signalen?lang=en");
        checkPage("signals-en");
        open("/uitstroom/signalen/nieuw?lang=en");
        checkPage("signal-form-en");
        page.setViewportSize(390, 844);
        open("/uitstroom/signalen/overzicht?lang=nl");
        checkPage("signal-overview-390");
        open("/uitstroom/signalen");
        checkPage("signals-390");
        open("/uitstroom/signalen/nieuw");
        checkPage("signal-form-390");
        page.setViewportSize(1280, 900);

        // the monitor's tenancy outcomes count the signal closed as eviction prevented
        switchTo("regio");
        int year = today.minusMonths(10).plusMonths(12).getYear();
        open("/uitstroom/monitor?jaar=" + year);
        assertThat(page.locator("#outcomes a[data-prevented]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("^[1-9]")))).not().hasCount(0);
        checkPage("signal-monitor");
    }

    /** A household of trivire housed through outflow in Dordrecht (leger-des-heils), linked to a client of "begeleider". */
    private UUID housed(String reference) {
        UUID candidate = UUID.randomUUID();
        LocalDate start = today.minusMonths(10);
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children, age_band,
                    income_band, bedrooms_needed, origin_municipality, support_provider, support_intensity, target_housing, category,
                    regional_ties_years, consent_on, status, urgency_granted_on, registered_by)
                values (?, 'drechtsteden-alblasserwaard', ?, 'leger-des-heils', 'GM0505', 1, 0, 'Y27_44', 'LOW', 1, 'GM0505',
                    'leger-des-heils', 'MEDIUM', 'TENANCY_WITH_CARE', 'SHELTER', 10, ?, 'HOUSED', ?, 'test')""")
                .params(candidate, reference, start.minusMonths(3), start.minusMonths(2)).update();
        UUID vacancy = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code, neighbourhood_code,
                    bedrooms, rent_cents, floor, lift, wheelchair, available_from, status, created_by)
                values (?, 'drechtsteden-alblasserwaard', 'trivire', 'Signaalstraat 7', '3311 AB', 'GM0505', 'GM0505', 1, 60000, 0,
                    false, false, ?, 'LET', 'test')""").params(vacancy, start.minusDays(20)).update();
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status)
                values (?, ?, ?, 'trivire', 'leger-des-heils', ?, 'test', 'ACCEPTED')""")
                .params(offer, vacancy, candidate, start.minusDays(14)).update();
        UUID tenancy = UUID.randomUUID();
        jdbc.sql("""
                insert into tenancy (id, offer_id, candidate_id, vacancy_id, corporation_code, provider_code, municipality_code,
                    starts_on, agreed_ends_on, ends_on) values (?, ?, ?, ?, 'trivire', 'leger-des-heils', 'GM0505', ?, ?, ?)""")
                .params(tenancy, offer, candidate, vacancy, start, start.plusMonths(12), start.plusMonths(12)).update();
        jdbc.sql("""
                insert into trajectory_client (id, provider_code, client_number, name, birth_date, key_worker, phase, phase_since,
                    candidate_id, created_by) values (?, 'leger-des-heils', ?, 'Aa Signaal', '1990-01-01', 'begeleider',
                    'HOUSED_WITH_AFTERCARE', ?, ?, 'test')""")
                .params(UUID.randomUUID(), reference, today.minusMonths(2), candidate).update();
        return tenancy;
    }

    /** Logs out by dropping the session cookie, then logs in as another demo user. */
    private void switchTo(String username) {
        context.clearCookies();
        logIn(username);
    }
}
