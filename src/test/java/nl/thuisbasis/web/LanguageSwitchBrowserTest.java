package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
