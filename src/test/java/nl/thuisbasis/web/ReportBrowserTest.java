package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DisplayName("Reporting from a phone")
class ReportBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a neighbour reports on a phone-sized screen from a report-card link and follows the report with its code")
    void aNeighbourReportsFromAPhone() {
        page.setViewportSize(390, 844);
        String card = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single()
                .substring(0, 8);
        open("/melden?locatie=" + card);
        assertThat(page.locator("[data-testid=location]")).containsText("Skaeve Huse Kerkeplaat");
        checkPage("report-phone-form");
        page.locator("input[name=categorie][value=NOISE]").check();
        page.locator("#beschrijving").fill("Harde muziek tot na middernacht, zaterdag");
        page.locator("#report-form button[type=submit]").click();
        page.locator("[data-testid=tracking-code]").waitFor();
        String code = page.locator("[data-testid=tracking-code]").textContent().trim();
        checkPage("report-phone-thanks");
        page.getByText("Volg uw melding").click();
        assertThat(page.locator("[data-testid=report-status]")).hasAttribute("data-status", "RECEIVED");
        assertThat(page.locator("#code")).hasValue(code);
        checkPage("report-phone-track");
    }
}
