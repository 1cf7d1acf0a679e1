package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The admin opens the register of processing activities, changes the retention of one activity (first with a wrong
 * number, which is shown at its field), and sees the new version; then searches the processing log for a data subject
 * by pseudonym. axe-core in Dutch, in English and at 390 px wide.
 */
@DisplayName("Register of processing activities and subject search (admin)")
class ProcessingRegisterBrowserTest extends BrowserTestSupport {

    @Test
    @DisplayName("list, change with an error then saved as a new version, log search by pseudonym; axe-core NL, EN, 390 px")
    void changeAnActivity() {
        logIn("beheerder");
        open("/beheer/verwerkingsregister");
        assertThat(page.locator("#activities tbody tr")).not().hasCount(0);
        checkPage("register");

        page.locator("#activities a[href$='/cbs-import']").click();
        page.locator("#retentionMonths").waitFor();
        checkPage("register-activity");
        page.locator("#retentionMonths").fill("0");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        checkPage("register-activity-errors");
        page.locator("#retentionMonths").fill("24");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/cbs-import\\?opgeslagen$"));
        assertThat(page.locator("[data-testid=activity-version]")).containsText("Versie 2");
        checkPage("register-activity-saved");

        open("/beheer/verwerkingsregister/cbs-import?lang=en");
        assertThat(page.locator("[data-testid=activity-version]")).containsText("Version 2");
        checkPage("register-activity-en");
        open("/beheer/verwerkingsregister?lang=en");
        checkPage("register-en");
        page.setViewportSize(390, 844);
        checkPage("register-390");
        open("/beheer/verwerkingsregister/cbs-import?lang=nl");
        checkPage("register-activity-390");

        page.setViewportSize(1280, 800);
        open("/beheer/logboek?subjectRef=" + "ab".repeat(32));
        checkPage("processing-log-subject");
        open("/beheer/logboek?subjectRef=jan");
        page.locator("#error-summary").waitFor();
        checkPage("processing-log-subject-error");
    }
}
