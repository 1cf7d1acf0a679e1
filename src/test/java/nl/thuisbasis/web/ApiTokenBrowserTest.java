package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The administrator's API-token page as a person uses it: an empty form says what is missing at each field, a token
 * is shown once after issuing (not again after a reload), it can be revoked, and the page passes axe-core in Dutch,
 * in English and at 390 px wide.
 */
@DisplayName("API tokens page (Beheer > API-sleutels)")
class ApiTokenBrowserTest extends BrowserTestSupport {

    @Test
    @DisplayName("an administrator issues a token (shown once), revokes it; errors, English and a phone pass axe-core")
    void issueShowOnceAndRevoke() {
        logIn("beheerder");
        open("/beheer");
        page.locator("a[href='/beheer/api-sleutels']").click();
        assertThat(page.locator("h1")).hasText("API-sleutels");
        checkPage("api-tokens-empty");

        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary li")).hasCount(3);
        checkPage("api-tokens-errors");

        page.locator("#account").selectOption("gemeente");
        page.locator("#name").fill("Koppeling zaaksysteem");
        page.locator("#expiresOn").fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(3).toString());
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=issued-token]").waitFor();
        String token = page.locator("#issued-token").inputValue();
        assertThat(token).startsWith("tb_");
        assertThat(page.locator("#tokens")).containsText("Koppeling zaaksysteem");
        checkPage("api-tokens-issued");

        // a reload shows no token again and issues no second one
        page.reload();
        assertThat(page.locator("[data-testid=issued-token]")).hasCount(0);
        assertThat(page.locator("main")).containsText("maar één keer te zien");
        assertThat(page.locator("#tokens tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Koppeling zaaksysteem"))).hasCount(1);

        open("/beheer/api-sleutels?lang=en");
        assertThat(page.locator("h1")).hasText("API tokens");
        checkPage("api-tokens-en");
        page.setViewportSize(390, 844);
        checkPage("api-tokens-390");
        page.setViewportSize(1280, 900);

        page.locator("#tokens tbody tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Koppeling zaaksysteem"))
                .locator("button").click();
        assertThat(page.locator("main")).containsText("no longer works");
        assertThat(page.locator("#tokens")).containsText("Revoked on");
        checkPage("api-tokens-revoked");
    }
}
