package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A care worker records a client's consent to share the support plan with Trivire for aftercare (verbal, with a
 * witness), sees it apply, and revokes it with a reason; the empty form says what is missing. axe-core in Dutch, in
 * English and at 390 px wide.
 */
@DisplayName("Consents to share (care worker)")
class ConsentBrowserTest extends BrowserTestSupport {

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    @Test
    @DisplayName("record a consent, see it apply, revoke it; axe-core NL, EN, 390 px")
    void recordAndRevoke() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        UUID client = clients.register((CurrentUser) users.loadUserByUsername("begeleider"), new ClientRules.Draft(
                "Mira Testpersoon", LocalDate.of(1991, 2, 3), "TS-" + System.nanoTime() % 100000, TargetHousing.TENANCY_WITH_CARE,
                null, null, null, null, "begeleider", null));
        logIn("begeleider");
        open("/trajecten/" + client);
        page.locator("[data-testid=open-consents]").click();
        checkPage("consents-empty");
        page.locator("[data-testid=consent-form] button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        checkPage("consents-errors");

        page.locator("#category-SUPPORT_PLAN").check();
        page.locator("#recipientOrganisation").selectOption("trivire");
        page.locator("#purpose").selectOption("AFTERCARE");
        page.locator("#validFrom").fill(today.toString());
        page.locator("#validUntil").fill(today.plusMonths(6).toString());
        page.locator("#evidence-2").check();
        page.locator("#witness").fill("Ans Testgetuige, collega");
        page.locator("[data-testid=consent-form] button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/toestemmingen\\?vastgelegd$"));
        assertThat(page.locator("[data-testid=consent]")).hasCount(1);
        assertThat(page.locator("[data-testid=consent-state]")).hasText("Geldt nu");
        assertThat(page.locator("[data-testid=consent]")).containsText("ondersteuningsplan");
        page.reload();
        assertThat(page.locator("[data-testid=consent]")).hasCount(1);
        checkPage("consents-recorded");

        page.locator("[data-testid=consent] button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        checkPage("consents-revoke-errors");
        page.locator("[data-testid=consent] input[name=reason]").fill("De cliënt wil dit niet meer");
        page.locator("[data-testid=consent] button[type=submit]").click();
        assertThat(page.locator("[data-testid=consent-state]")).hasText("Ingetrokken");

        open("/trajecten/" + client + "/toestemmingen?lang=en");
        assertThat(page.locator("[data-testid=consent-state]")).hasText("Revoked");
        checkPage("consents-en");
        page.setViewportSize(390, 844);
        checkPage("consents-390");
    }
}
