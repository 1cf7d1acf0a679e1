package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DisplayName("The language switch")
class LanguageSwitchBrowserTest extends BrowserTestSupport {

    private Locator navLink(String name) {
        return page.locator("nav.tb-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    @DisplayName("turns the interface into English and back into Dutch, and remembers the choice")
    void turnsTheInterfaceIntoEnglishAndBackIntoDutch() {
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(navLink("Kaart")).isVisible();
        assertThat(page.locator("h2").first()).hasText("Kaart van de regio");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(navLink("Map")).isVisible();
        assertThat(page.locator("h2").first()).hasText("Map of the region");
        assertThat(page.locator("#municipality-table thead")).containsText("Inhabitants");
        assertThat(page.locator("#municipality-table tfoot td").first()).hasText("379,752");

        // The cookie remembers English on the next page.
        open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Log in");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasText("Inloggen");
        open("/");
        assertThat(navLink("Kaart")).isVisible();
        assertThat(page.locator("h2").first()).hasText("Kaart van de regio");
        assertThat(page.locator("#municipality-table tfoot td").first()).hasText("379.752");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("keeps the page and every parameter: a report card's location, a filtered table, a page after a refused form")
    void keepsThePageAndItsParameters() {
        String card = jdbc.sql("select substr(id::text, 1, 8) from facility where name = 'Skaeve Huse Kerkeplaat'")
                .query(String.class).single();
        open("/melden?locatie=" + card);
        assertThat(page.locator("[data-testid=location]")).containsText("Skaeve Huse Kerkeplaat");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/melden\\?locatie=" + card + "&lang=en$"));
        assertThat(page.locator("[data-testid=location]")).containsText("Skaeve Huse Kerkeplaat");
        assertThat(page.locator("h1")).hasText("Make a report");

        open("/voorzieningen/tabel?category=SHELTER&lang=nl");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/voorzieningen/tabel\\?category=SHELTER&lang=en$"));

        // a refused form has no address of its own: the switch leads back to the form's page
        open("/melden?lang=nl");
        page.locator("#report-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/melden\\?lang=en$"));
        assertThat(page.locator("h1")).hasText("Make a report");
    }
}
