package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A care worker makes a crisis plan with a client: the empty form says what is missing at each field, the filled-in
 * plan is saved (a reload saves nothing more), the client's page shows its state, and the crisis card downloads as
 * one page of PDF with the client's name; the plan page passes axe-core in Dutch, in English and at 390 px wide.
 */
@DisplayName("Crisis plan (care worker)")
class CrisisPlanBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    @Test
    @DisplayName("make a crisis plan, save it, reload, download the crisis card; axe-core NL, EN, 390 px")
    void makeSaveAndPrint() throws Exception {
        UUID client = clients.register((CurrentUser) users.loadUserByUsername("begeleider"), new ClientRules.Draft(
                "Fenna Testpersoon", LocalDate.of(1990, 6, 12), "CP-" + System.nanoTime() % 100000, TargetHousing.INDEPENDENT,
                null, null, null, null, "begeleider", null));
        logIn("begeleider");
        open("/trajecten/" + client);
        assertThat(page.locator("[data-testid=crisis-status]")).containsText("nog geen crisisplan");
        assertThat(page.locator("[data-testid=crisis-card]")).hasCount(0);
        page.locator("[data-testid=crisis-plan]").click();
        assertThat(page.locator("h1")).hasText("Crisisplan van Fenna Testpersoon");
        checkPage("crisis-plan-empty");

        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        // no date, no confirmation, nothing about any phase
        assertThat(page.locator("#error-summary li")).hasCount(3);
        checkPage("crisis-plan-errors");

        page.locator("#phases-0--signals").fill("Slaapt goed en gaat naar de dagbesteding");
        page.locator("#phases-1--signals").fill("Slaapt slecht, zegt afspraken af");
        page.locator("#phases-1--clientDoes").fill("Belt de begeleider en gaat wandelen met de hond");
        page.locator("#phases-1--contacts-0--name").fill("Pim Testbegeleider");
        page.locator("#phases-1--contacts-0--role").fill("Persoonlijk begeleider");
        page.locator("#phases-1--contacts-0--phone").fill("06-12345678");
        page.locator("#phases-2--othersDo").fill("Zus belt de crisisdienst");
        page.locator("#phases-2--contacts-0--name").fill("Crisisdienst Testregio");
        page.locator("#phases-2--contacts-0--phone").fill("0900 1234");
        page.locator("#arrangements-post").fill("De buurman haalt de post");
        page.locator("#arrangements-pets").fill("De zus zorgt voor de hond");
        page.locator("#risks-0--risk").fill("Schulden");
        page.locator("#risks-0--agreement").fill("Budgetbeheer via de bank");
        page.locator("#risks-1--risk").fill("Eenzaamheid in de weekenden");
        page.locator("#agreedOn").fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        page.locator("#madeWithClient").check();
        page.locator("form.utrecht-form button[type=submit]").click();
        // a risk factor without an agreement is the one problem left, at its field; everything entered stays
        page.locator("#risks-1--agreement-error").waitFor();
        assertThat(page.locator("#error-summary li")).hasCount(1);
        assertThat(page.locator("#phases-1--contacts-0--name")).hasValue("Pim Testbegeleider");
        page.locator("#risks-1--agreement").fill("Zaterdag naar het buurthuis");
        page.locator("#agreedOn").fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        page.locator("#madeWithClient").check();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/crisisplan\\?opgeslagen$"));
        assertThat(page.locator("[data-testid=crisis-status]")).containsText("Afgesproken met de cliënt op");
        assertThat(page.locator("#phases-2--contacts-0--name")).hasValue("Crisisdienst Testregio");
        page.reload();
        assertThat(jdbc.sql("select version from crisis_plan where client_id = ?").param(client).query(Integer.class).single())
                .isZero();
        checkPage("crisis-plan-saved");

        APIResponse card = page.request().get(page.locator("[data-testid=crisis-card]").getAttribute("href"));
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.headers().get("content-type")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(card.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Fenna Testpersoon", "Rustig", "Spanning", "Crisis", "Herstel na de crisis", "06-12345678");
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "crisis-card.pdf"), card.body());

        open("/trajecten/" + client);
        assertThat(page.locator("[data-testid=crisis-card]")).hasCount(1);
        checkPage("crisis-plan-client");

        open("/trajecten/" + client + "/crisisplan?lang=en");
        assertThat(page.locator("h1")).hasText("Crisis plan of Fenna Testpersoon");
        checkPage("crisis-plan-en");
        page.setViewportSize(390, 844);
        checkPage("crisis-plan-en-390");
        open("/trajecten/" + client + "/crisisplan?lang=nl");
        checkPage("crisis-plan-390");
    }
}
