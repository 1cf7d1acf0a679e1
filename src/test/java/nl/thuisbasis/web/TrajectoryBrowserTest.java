package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A care worker's trajectory pages as they are used: the empty registration form says what is missing at each field,
 * a client is registered (a reload registers no second one), two assessments a month apart show the change and the
 * chart, the phase moves on; every page passes axe-core in Dutch, in English and at 390 px wide.
 */
@DisplayName("Client trajectories (care worker)")
class TrajectoryBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    void assess(LocalDate on, int housing, int finances) {
        page.locator("[data-testid=new-assessment]").click();
        page.locator("#assessedOn").fill(on.toString());
        page.locator("#score-HOUSING--" + housing).check();
        page.locator("#target-HOUSING-").selectOption("4");
        page.locator("#score-FINANCES--" + finances).check();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#scores").waitFor();
    }

    @Test
    @DisplayName("register a client, two assessments a month apart, the change and the chart, a phase; NL, EN, 390 px")
    void registerAssessAndMoveOn() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String number = "B-" + System.nanoTime() % 100000;
        logIn("begeleider");
        page.locator("a[href='/trajecten']").first().click();
        assertThat(page.locator("h1")).hasText("Mijn cliënten");
        checkPage("trajectory-caseload-empty");

        page.locator("[data-testid=new-client]").click();
        checkPage("trajectory-client-form");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary li")).hasCount(3);
        checkPage("trajectory-client-form-errors");

        page.locator("#name").fill("Noor Testpersoon");
        page.locator("#birthDate").fill("1993-04-11");
        page.locator("#clientNumber").fill(number);
        page.locator("#targetHousing").selectOption("TENANCY_WITH_CARE");
        page.locator("#preferredMunicipality").selectOption("GM0590");
        page.locator("#originMunicipality").selectOption("GM0505");
        page.locator("form.utrecht-form button[type=submit]").click();
        // another municipality than the one of origin needs a reason, at its field
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#originReason-error, .tb-field-error")).not().hasCount(0);
        page.locator("#originReason").fill("Haar netwerk woont in Papendrecht");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/trajecten/[0-9a-f-]{36}\\?aangemeld$"));
        assertThat(page.locator("[data-testid=phase]")).containsText("Intake");
        // a reload of the page after the redirect registers nothing more
        page.reload();
        assertThat(jdbc.sql("select count(*) from trajectory_client where client_number = ?").param(number)
                .query(Long.class).single()).isEqualTo(1);
        checkPage("trajectory-client-new");

        page.locator("[data-testid=new-assessment]").click();
        checkPage("trajectory-assessment-form");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        checkPage("trajectory-assessment-errors");
        page.goBack();
        page.goBack();

        assess(today.minusMonths(1), 1, 2);
        assess(today, 3, 2);
        assertThat(page.locator("#scores tbody tr", new Page.LocatorOptions().setHasText("Huisvesting")))
                .containsText("2 hoger");
        page.locator("[data-chart=domains] svg").waitFor();
        checkPage("trajectory-client-assessed");

        page.locator("#phase").selectOption("IN_FACILITY");
        page.locator("#since").fill(today.toString());
        page.locator("form[action$='/fase'] button[type=submit]").click();
        assertThat(page.locator("[data-testid=phase]")).containsText("In een voorziening");

        String url = page.url().replaceAll("\\?.*$", "");
        open(url.substring(url.indexOf("/trajecten")) + "?lang=en");
        assertThat(page.locator("#scores")).containsText("2 higher");
        checkPage("trajectory-client-en");
        page.setViewportSize(390, 844);
        checkPage("trajectory-client-390");
        open("/trajecten");
        checkPage("trajectory-caseload-390");
    }

    @Test
    @DisplayName("a region coordinator's instrument page: a malformed file lists its problems; passes axe-core")
    void instrumentPage() {
        logIn("regio");
        page.locator("a[href='/leefgebieden/instrument']").first().click();
        assertThat(page.locator("#versions")).containsText("thuisbasis-leefgebieden");
        checkPage("trajectory-instrument");
        page.locator("#region").selectOption("drechtsteden-alblasserwaard");
        page.locator("#code").fill("regio-proef");
        page.locator("#file").setInputFiles(new com.microsoft.playwright.options.FilePayload("fout.csv", "text/csv",
                "domain,domain_nl,domain_en,level,description_nl,description_en\nHOUSING,Wonen,Housing,7,a,b\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=instrument-failed]").waitFor();
        checkPage("trajectory-instrument-failed");
        open("/leefgebieden/instrument?lang=en");
        page.setViewportSize(390, 844);
        checkPage("trajectory-instrument-en-390");
    }
}
