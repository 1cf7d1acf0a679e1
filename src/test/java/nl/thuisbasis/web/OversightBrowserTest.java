package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DisplayName("Oversight in the browser")
class OversightBrowserTest extends BrowserTestSupport {

    static final List<String> LADDER = List.of("DORMANT", "ACTIVE_BASIC", "STRICTER", "IMPROVEMENT_TRACK");

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a municipality moves a location one rung up the ladder with a reason and sees it in the history")
    void municipalityMovesALocationUpTheLadder() {
        String id = jdbc.sql("select id::text from facility where name = 'Beschermd wonen Noordendijk'").query(String.class).single();
        logIn("gemeente");
        open("/toezicht");
        assertThat(page.locator("#locations tr[data-facility='" + id + "']")).isVisible();
        checkPage("oversight-overview");
        page.locator("#locations tr[data-facility='" + id + "'] th a").click();
        String from = page.locator("[data-testid=regime]").getAttribute("data-regime");
        checkPage("oversight-location");
        String to = LADDER.get(Math.min(LADDER.indexOf(from) + 1, LADDER.size() - 1));
        if (to.equals(from)) {
            to = LADDER.get(LADDER.indexOf(from) - 1);
        }
        // without a reason nothing changes
        page.locator("#to").selectOption(to);
        page.locator("#decidedBy").fill("Overleg zorg en veiligheid");
        page.locator("[data-testid=move]").click();
        assertThat(page.locator("#error-summary")).containsText("reden");
        assertThat(page.locator("[data-testid=regime]")).hasAttribute("data-regime", from);
        checkPage("oversight-location-refused");
        page.locator("#to").selectOption(to);
        page.locator("#decidedBy").fill("Overleg zorg en veiligheid");
        page.locator("#reason").fill("Meldingen van geluidsoverlast in de nachtelijke uren, vier weken achter elkaar");
        page.locator("[data-testid=move]").click();
        assertThat(page.locator("[data-testid=regime]")).hasAttribute("data-regime", to);
        assertThat(page.locator("#regime-history tbody tr").first()).containsText("vier weken achter elkaar");
        assertThat(page.locator("#regime-history tbody tr").first()).containsText("Overleg zorg en veiligheid");
        checkPage("oversight-location-moved");
    }

    @Test
    @DisplayName("a municipality starts an inventory, fills in one checklist and gets the outcome as PDF and XLSX")
    void inventory() {
        logIn("gemeente");
        open("/toezicht/inventarisaties");
        checkPage("inventory-list");
        page.locator("#title").fill("Inventarisatie browsertest");
        page.locator("[data-testid=start-inventory]").click();
        assertThat(page.locator("h1")).hasText("Inventarisatie browsertest");
        checkPage("inventory-result");
        var first = page.locator("details").first();
        first.locator("summary").click();
        // a liveability that is no figure: refused at its field, the checklist stays open
        first.locator("input[name=liveabilityScore]").fill("elf");
        first.locator("button[type=submit]").click();
        assertThat(page.locator("#error-summary a[href='#liveabilityScore']")).isVisible();
        assertThat(page.locator("#liveabilityScore")).hasAttribute("aria-invalid", "true");
        checkPage("inventory-checklist-refused");
        first = page.locator("details").first();
        first.locator("input[name=liveabilityScore]").fill("");
        first.locator("select[name=neededRegime]").selectOption("STRICTER");
        first.locator("button[type=submit]").click();
        assertThat(page.locator("td[data-regime=STRICTER]")).not().hasText("0");
        var pdf = page.request().get(page.url().replaceAll("[?#].*$", "") + "/uitkomst.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        var xlsx = page.request().get(page.url().replaceAll("[?#].*$", "") + "/uitkomst.xlsx");
        org.assertj.core.api.Assertions.assertThat(xlsx.status()).isEqualTo(200);
    }
}
