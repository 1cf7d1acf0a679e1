package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Logging in and out in the browser")
class LoginBrowserTest extends BrowserTestSupport {

    @ParameterizedTest(name = "{0} sees \"{1} ({2})\" in the header")
    @CsvSource({
        "begeleider, Demo Begeleider (Leger des Heils), zorgaanbieder",
        "corporatie, Demo Ketenregisseur (Trivire), woningcorporatie",
        "gemeente, Demo Beleidsmedewerker (Dordrecht), gemeente",
        "regio, Demo Regiocoördinator, regiocoördinator",
        "beheerder, Demo Beheerder, beheerder"
    })
    @DisplayName("a demo user who logs in sees their name and Dutch role in the header")
    void aDemoUserWhoLogsInSeesTheirNameAndRoleInTheHeader(String username, String displayName, String role) {
        logIn(username);

        assertThat(page.locator("[data-testid=current-user]")).hasText(displayName + " (" + role + ")");
        assertThat(page.locator("header").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Inloggen").setExact(true))).hasCount(0);
    }

    @Test
    @DisplayName("a wrong password keeps the user on the login page with a Dutch error")
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithADutchError() {
        open("/login");
        page.locator("#username").fill("corporatie");
        page.locator("#password").fill("niet-het-wachtwoord");
        page.locator("form.utrecht-form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile("/login\\?fout$"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("De gebruikersnaam of het wachtwoord klopt niet.");
        assertThat(page.locator("[data-testid=current-user]")).hasCount(0);
    }

    @Test
    @DisplayName("logging out ends the session and shows the login link again")
    void loggingOutEndsTheSessionAndShowsTheLoginLinkAgain() {
        logIn("gemeente");

        page.locator("header").getByText("Uitloggen").click();

        assertThat(page).hasURL(Pattern.compile("/\\?uitgelogd$"));
        assertThat(page.locator("[data-testid=current-user]")).hasCount(0);
        assertThat(page.locator("header a[href='/login']")).isVisible();
        // The session is really gone: an admin page asks for a login again.
        open("/beheer/logboek");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }
}
