package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The needs analysis in the browser: the region coordinator runs the demo region, sees the fan chart and the gap table,
 * saves a scenario with longer stays and compares the two; a wrong value is refused next to its field; every page
 * checked by axe-core in Dutch, in English and at 390 px wide.
 */
@DisplayName("The needs analysis in the browser")
class PlanningBrowserTest extends BrowserTestSupport {

    @Test
    @DisplayName("run the demo region, fan chart and gap table, a scenario with 20% longer stays, compare; axe NL, EN, 390 px")
    void runScenarioAndCompare() {
        logIn("regio");
        open("/planning");
        checkPage("planning-home");
        assertThat(page.locator("#name")).hasValue("");

        // a scenario without a name and with stays of 900% is refused at those fields, and nothing starts
        page.locator("#stayPercent").fill("900");
        page.locator("form[action*='/planning/analyse'] button[type=submit]").click();
        assertThat(page.locator("#error-summary a[href='#name']")).isVisible();
        assertThat(page.locator("#stayPercent")).hasAttribute("aria-invalid", "true");
        checkPage("planning-run-refused");

        String base = start("Basis", "100");
        assertThat(page.locator("[data-chart=fan] svg")).isVisible();
        assertThat(page.locator("#fan tbody tr")).hasCount(10);
        assertThat(page.locator("#gaps tbody tr")).not().hasCount(0);
        assertThat(page.locator("#gaps")).containsText("Dordrecht");
        checkPage("planning-run");
        // a supply number leads to the places and their source
        page.locator("#fan [data-testid=supply-link]").first().click();
        assertThat(page.locator("#parameters")).containsText("Plekken in gebruik");
        assertThat(page.locator("#parameters")).containsText("voorzieningenregister");
        checkPage("planning-parameters");

        String longer = start("Verblijf 20% langer", "120");
        page.navigate(longer + "?lang=en");
        assertThat(page.locator("h1")).containsText("Analysis");
        checkPage("planning-run-en");
        page.setViewportSize(390, 844);
        checkPage("planning-run-390");
        page.setViewportSize(1280, 900);

        open("/planning?lang=nl");
        page.locator("#a").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                page.locator("#a option").filter(new Locator.FilterOptions().setHasText("Basis")).first().textContent()));
        page.locator("#b").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                page.locator("#b option").filter(new Locator.FilterOptions().setHasText("langer")).first().textContent()));
        page.locator("form[action*='/planning/vergelijk'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/planning/vergelijk\\?.*"));
        Locator protectedLast = page.locator("#compare tr[data-type=PROTECTED_HOUSING]").last();
        assertThat(protectedLast.locator("[data-testid=difference]")).containsText("+");
        checkPage("planning-compare");
        page.navigate(page.url() + "&lang=en");
        checkPage("planning-compare-en");
        page.setViewportSize(390, 844);
        checkPage("planning-compare-390");
        page.setViewportSize(1280, 900);
        // the first run's page still shows what it showed: a saved run does not change
        page.navigate(base + "?lang=nl");
        assertThat(page.locator("h1")).containsText("Basis");
    }

    @Test
    @DisplayName("the administrator runs the whole country: the page shows the progress and then the results; axe")
    void nationalRunShowsProgress() {
        logIn("beheerder");
        open("/planning?regio=nederland");
        assertThat(page.locator("h1")).containsText("Nederland");
        checkPage("planning-national-home");
        page.locator("#name").fill("Landelijk");
        page.locator("#runs").fill("300");
        page.locator("form[action*='/planning/analyse'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/planning/analyse/[0-9a-f-]{36}$"));
        // while it runs the page says how far it is (and follows it); then it shows the results
        assertThat(page.locator("[data-testid=run-running], [data-testid=run-done]").first()).isVisible();
        if (page.locator("[data-testid=run-running]").count() > 0) {
            assertThat(page.locator("#run-status progress")).isVisible();
            checkPage("planning-national-running");
        }
        assertThat(page.locator("[data-testid=run-done]")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator("#gaps")).containsText("Amsterdam");
        checkPage("planning-national-done");
    }

    /** Starts an analysis and waits on its page until it is done; returns the page's address. */
    private String start(String name, String stayPercent) {
        open("/planning?lang=nl");
        page.locator("#name").fill(name);
        page.locator("#stayPercent").fill(stayPercent);
        page.locator("#runs").fill("200");
        page.locator("#seed").fill("7");
        page.locator("form[action*='/planning/analyse'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/planning/analyse/[0-9a-f-]{36}$"));
        String url = page.url();
        assertThat(page.locator("[data-testid=run-done]")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(60_000));
        return url;
    }
}
