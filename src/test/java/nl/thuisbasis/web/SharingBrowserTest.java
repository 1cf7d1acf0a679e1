package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17 in the browser: the care worker records a consent for Trivire (support plan, aftercare, until a date); the
 * corporation sees the support plan and nothing else of that client; the care worker revokes; the corporation's next
 * request is refused; the client's overview (page and PDF) lists the read and the refusal. And a municipality opens a
 * crisis plan on vital interest, which the provider reviews. axe-core in Dutch, English and at 390 px on every new page.
 */
@DisplayName("Sharing with partners, the client's overview and vital interest")
class SharingBrowserTest extends BrowserTestSupport {

    @Autowired
    Clients clients;

    @Autowired
    SupportPlans plans;

    @Autowired
    UserDetailsService users;

    /** A page of its own for another user, beside the care worker's. */
    Page other(String username) {
        BrowserContext second = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 900).setLocale("nl-NL"));
        second.setDefaultTimeout(15_000);
        Page mine = page;
        page = second.newPage();
        logIn(username);
        Page theirs = page;
        page = mine;
        return theirs;
    }

    @Test
    @DisplayName("consent, partner's read, revocation, refusal, overview with both; axe-core NL, EN, 390 px")
    void shareReadRevokeAndShow() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        CurrentUser worker = (CurrentUser) users.loadUserByUsername("begeleider");
        String number = "SB-" + System.nanoTime() % 100000;
        UUID client = clients.register(worker, new ClientRules.Draft("Joris Testpersoon", LocalDate.of(1990, 4, 5), number,
                TargetHousing.TENANCY_WITH_CARE, null, null, null, null, "begeleider", null));
        plans.addGoal(worker, client, new SupportPlanRules.GoalDraft("FINANCES", "Zelf de huur betalen", 4));

        logIn("begeleider");
        open("/trajecten/" + client + "/toestemmingen");
        page.locator("#category-SUPPORT_PLAN").check();
        page.locator("#recipientOrganisation").selectOption("trivire");
        page.locator("#purpose").selectOption("AFTERCARE");
        page.locator("#validFrom").fill(today.toString());
        page.locator("#validUntil").fill(today.plusMonths(6).toString());
        page.locator("#evidence-2").check();
        page.locator("#witness").fill("Ans Testgetuige, collega");
        page.locator("[data-testid=consent-form] button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/toestemmingen\\?vastgelegd$"));

        // the corporation: the client in its list, the support plan and nothing else
        Page corporation = other("corporatie");
        Page worker1 = page;
        page = corporation;
        open("/gedeeld");
        assertThat(page.locator("[data-testid=shared-client]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Joris Testpersoon"))).hasCount(1);
        checkPage("shared-list");
        open("/gedeeld/" + client + "?doel=AFTERCARE");
        assertThat(page.locator("#plan")).isVisible();
        assertThat(page.locator("[data-testid=shared-goal]")).containsText("Zelf de huur betalen");
        assertThat(page.locator("#contact, #woonperspectief, #leefgebieden, #crisisplan")).hasCount(0);
        assertThat(page.locator("[data-testid=shared-categories] li")).hasCount(1);
        checkPage("shared-client");
        open("/gedeeld/" + client + "?doel=AFTERCARE&lang=en");
        assertThat(page.locator("h1")).containsText("Shared by Joris Testpersoon");
        checkPage("shared-client-en");
        page.setViewportSize(390, 844);
        checkPage("shared-client-390");
        page.setViewportSize(1280, 900);
        open("/gedeeld/" + client + "?doel=AFTERCARE&lang=nl");

        // the care worker revokes; the corporation's next request is refused
        page = worker1;
        open("/trajecten/" + client + "/toestemmingen");
        page.locator("[data-testid=consent] input[name=reason]").fill("De cliënt wil dit niet meer");
        page.locator("[data-testid=consent] button[type=submit]").click();
        assertThat(page.locator("[data-testid=consent-state]")).hasText("Ingetrokken");
        page = corporation;
        var refused = page.navigate("/gedeeld/" + client + "?doel=AFTERCARE");
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("geen toestemming");
        assertThat(page.locator("text=Zelf de huur betalen")).hasCount(0);
        checkPage("shared-refused");

        // the client's overview lists both, on the page and in the PDF
        page = worker1;
        open("/trajecten/" + client);
        page.locator("[data-testid=open-overview]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/inzage$"));
        assertThat(page.locator("[data-testid=overview-reads]")).containsText("Ondersteuningsplan ingezien (partner, met toestemming)");
        assertThat(page.locator("[data-testid=overview-reads]")).containsText("Geweigerd");
        checkPage("overview");
        var pdf = page.request().get("/trajecten/" + client + "/inzage.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains("Joris Testpersoon",
                    "Ondersteuningsplan ingezien (partner, met toestemming)", "Gedeelde gegevens opgevraagd (partner)", "Geweigerd",
                    "Ketenregisseur");
        }
        open("/trajecten/" + client + "/inzage?lang=en");
        assertThat(page.locator("[data-testid=overview-reads]")).containsText("Refused");
        checkPage("overview-en");
        page.setViewportSize(390, 844);
        checkPage("overview-390");
        page.setViewportSize(1280, 900);
        open("/trajecten?lang=nl");

        // a municipality opens the crisis plan on vital interest; the provider reviews the report
        Page municipality = other("gemeente");
        page = municipality;
        open("/gedeeld/vitaal-belang");
        checkPage("vital-form");
        page.locator("[data-testid=vital-form] button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        checkPage("vital-form-errors");
        open("/gedeeld/vitaal-belang?lang=en");
        assertThat(page.locator("h1")).hasText("Access on vital interest");
        page.setViewportSize(390, 844);
        checkPage("vital-form-en-390");
        page.setViewportSize(1280, 900);
        open("/gedeeld/vitaal-belang?lang=nl");
        page.locator("#provider").selectOption("leger-des-heils");
        page.locator("#clientNumber").fill(number);
        page.locator("#birthDate").fill("1990-04-05");
        page.locator("#category").selectOption("CRISIS_PLAN");
        page.locator("#reason").fill("De cliënt is sinds gisteren onvindbaar en heeft gedreigd zichzelf iets aan te doen.");
        page.locator("[data-testid=vital-form] button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/gedeeld/vitaal-belang/[0-9a-f-]{36}$"));
        assertThat(page.locator("#crisisplan")).isVisible();
        assertThat(page.locator("#plan")).hasCount(0);
        checkPage("vital-view");
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("[role=note]")).containsText("Opened on vital interest");
        page.setViewportSize(390, 844);
        checkPage("vital-view-en-390");

        page = worker1;
        open("/trajecten/vitaal-belang");
        var report = page.locator("[data-testid=vital-report]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Joris Testpersoon"));
        assertThat(report).hasCount(1);
        checkPage("vital-reports");
        report.locator("button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        checkPage("vital-reports-errors");
        report.locator("input[name=note]").fill("Terecht: crisisdienst ingeschakeld");
        report.locator("button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/trajecten/vitaal-belang\\?beoordeeld$"));
        open("/trajecten/vitaal-belang?lang=en");
        checkPage("vital-reports-en");
        page.setViewportSize(390, 844);
        checkPage("vital-reports-390");
        open("/gedeeld?lang=en");
        checkPage("shared-list-en-390");
    }
}
