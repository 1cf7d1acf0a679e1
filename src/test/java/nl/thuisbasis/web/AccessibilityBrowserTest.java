package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core checks every page against WCAG 2.1 A and AA, with the real Content Security Policy in
 * force. Screenshots of each page go to target/screenshots/.
 */
@DisplayName("WCAG 2.1 A/AA (axe-core)")
class AccessibilityBrowserTest extends BrowserTestSupport {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/, home",
        "/?lang=en, home-en",
        "/login, login",
        "/login?fout, login-error",
        "/gebieden/BU05050101, area-neighbourhood",
        "/gebieden/GM0505, area-municipality",
        "/gebieden/WK051201, area-district",
        "/toegankelijkheid, accessibility",
        "/gebieden/BU99999999, error-404",
        "/voorzieningen/kaart, facility-map-public",
        "/voorzieningen/tabel, facility-table-public",
        "/voorzieningen/tabel?category=KASTEEL, facility-table-bad-filter",
        "/melden, report-form",
        "/melden/volgen?code=ONBEKEND, report-track-unknown"
    })
    @DisplayName("a public page has no WCAG 2.1 A/AA violations")
    void aPublicPageHasNoViolations(String path, String name) {
        open(path);
        waitForMapIfAny();

        checkPage(name);
    }

    @Test
    @DisplayName("the admin pages (import form, finished and rejected import, processing log) have no WCAG 2.1 A/AA violations")
    void theAdminPagesHaveNoViolations() {
        logIn("beheerder");
        checkPage("home-admin");

        open("/beheer/cbs-import");
        checkPage("import-form");

        uploadCbsFile("gemeenten-2023.csv", CbsFiles.VALID_MUNICIPALITIES, 2023);
        assertThat(page.locator("[data-testid=import-ok]")).isVisible();
        checkPage("import-succeeded");

        uploadCbsFile("gemeenten-fout.csv", CbsFiles.MALFORMED_MUNICIPALITIES, 2023);
        assertThat(page.locator("#problems")).isVisible();
        checkPage("import-failed");

        open("/beheer/cbs-import");
        assertThat(page.locator("main ul li")).not().hasCount(0);
        checkPage("import-form-with-jobs");

        open("/beheer/logboek");
        assertThat(page.locator("#log tbody tr")).not().hasCount(0);
        checkPage("processing-log");

        open("/bestaat-niet");
        assertThat(page.locator("h1")).hasText("Deze pagina bestaat niet");
        checkPage("error-404-signed-in");
    }

    @Test
    @DisplayName("the facility pages of a municipality officer (map, table, form with errors, detail, import report) have no WCAG 2.1 A/AA violations")
    void theFacilityPagesOfAMunicipalityHaveNoViolations() {
        logIn("gemeente");
        open("/voorzieningen/kaart");
        waitForMapIfAny();
        checkPage("facility-map-scan");
        open("/voorzieningen/tabel?municipality=GM0505");
        checkPage("facility-table-scan");
        open("/voorzieningen/nieuw");
        waitForMapIfAny();
        checkPage("facility-form");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        waitForMapIfAny();
        checkPage("facility-form-errors");
        open("/voorzieningen/tabel?municipality=GM0505");
        page.locator("#facility-table tbody a").first().click();
        page.locator("[data-testid=facility-details]").waitFor();
        checkPage("facility-detail");
        open("/voorzieningen/import");
        checkPage("facility-import");
        page.locator("#file").setInputFiles(new com.microsoft.playwright.options.FilePayload("fout.csv", "text/csv",
                "naam,kleur\nA,rood\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=import-failed]").waitFor();
        checkPage("facility-import-failed");
    }

    @Test
    @DisplayName("the providers' layer of a corporation has no WCAG 2.1 A/AA violations")
    void theProvidersLayerHasNoViolations() {
        logIn("corporatie");
        open("/voorzieningen/kaart");
        waitForMapIfAny();
        checkPage("facility-map-provider");
        open("/voorzieningen/tabel");
        checkPage("facility-table-provider");
    }

    @Test
    @DisplayName("the access-denied page has no WCAG 2.1 A/AA violations")
    void theAccessDeniedPageHasNoViolations() {
        logIn("begeleider");

        open("/beheer/cbs-import");

        assertThat(page.locator("h1")).hasText("U heeft geen toegang tot deze pagina");
        checkPage("error-403");
    }

}
