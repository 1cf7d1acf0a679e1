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
        // no stray space before a comma ("1 van 4 , 1 te laat"), a totals row, owners by their organisation's name
        org.assertj.core.api.Assertions.assertThat(page.locator("#locations").innerText()).doesNotContain(" ,");
        assertThat(page.locator("#locations tfoot [data-testid=totals-row], #locations tfoot tr").first()).containsText("Totaal");
        if (page.locator("#overdue-actions").count() > 0) {
            org.assertj.core.api.Assertions.assertThat(page.locator("#overdue-actions").innerText()).doesNotContain("yulius");
        }
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
        page.locator("#decidedOn").fill(java.time.LocalDate.now().toString());
        page.locator("#decidedBy").fill("Overleg zorg en veiligheid");
        page.locator("#reason").fill("Meldingen van geluidsoverlast in de nachtelijke uren, vier weken achter elkaar");
        page.locator("[data-testid=move]").click();
        assertThat(page.locator("[data-testid=regime]")).hasAttribute("data-regime", to);
        assertThat(page.locator("#regime-history tbody tr").first()).containsText("vier weken achter elkaar");
        assertThat(page.locator("#regime-history tbody tr").first()).containsText("Overleg zorg en veiligheid");
        checkPage("oversight-location-moved");
    }

    @Test
    @DisplayName("the ladder form on a location in an improvement track starts without a rung and a date: moving without choosing is refused at the field, nothing changes")
    void theLadderFormStartsEmpty() {
        String id = jdbc.sql("select id::text from facility where name = 'Tussenvoorziening Sterrenburg'").query(String.class).single();
        int before = moves(id);
        logIn("gemeente");
        open("/toezicht/locaties/" + id);
        String from = page.locator("[data-testid=regime]").getAttribute("data-regime");
        assertThat(page.locator("#to")).hasValue("");
        assertThat(page.locator("#to option:checked")).hasText("Kies een trede");
        assertThat(page.locator("#to")).hasAttribute("required", "");
        assertThat(page.locator("#decidedOn")).hasValue("");
        // everything else filled in: the one click that used to de-escalate
        page.locator("#decidedBy").fill("Overleg zorg en veiligheid");
        page.locator("#decidedOn").fill(java.time.LocalDate.now().toString());
        page.locator("#reason").fill("Maandelijkse bespreking");
        page.locator("[data-testid=move]").click();
        assertThat(page.locator("#error-summary a[href='#to']")).hasText("Kies het nieuwe regime.");
        assertThat(page.locator("#to")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#to-error")).hasText("Kies het nieuwe regime.");
        assertThat(page.locator("[data-testid=regime]")).hasAttribute("data-regime", from);
        org.assertj.core.api.Assertions.assertThat(moves(id)).isEqualTo(before);
        checkPage("oversight-ladder-empty-refused");
        // in English too
        open("/toezicht/locaties/" + id + "?lang=en");
        assertThat(page.locator("#to option:checked")).hasText("Choose a rung");
    }

    @Test
    @DisplayName("a ladder move counts once: a reload of the page after it and the same form sent again change nothing")
    void aLadderMoveCountsOnce() {
        String id = jdbc.sql("select id::text from facility where name = 'Beschermd wonen Noordendijk'").query(String.class).single();
        logIn("gemeente");
        open("/toezicht/locaties/" + id);
        String from = page.locator("[data-testid=regime]").getAttribute("data-regime");
        String to = from.equals("DORMANT") ? "ACTIVE_BASIC" : "DORMANT";
        if (LADDER.indexOf(from) > 1) {
            to = LADDER.get(LADDER.indexOf(from) - 1);
        }
        page.locator("#to").selectOption(to);
        page.locator("#decidedOn").fill(java.time.LocalDate.now().toString());
        page.locator("#decidedBy").fill("Overleg zorg en veiligheid");
        page.locator("#reason").fill("Eenmalig vastgelegd");
        var form = page.locator("form[action$='/regime']");
        String token = form.locator("input[name=onceToken]").inputValue();
        String csrf = form.locator("input[name=_csrf]").inputValue();
        int before = moves(id);
        page.locator("[data-testid=move]").click();
        assertThat(page.locator("[data-testid=regime]")).hasAttribute("data-regime", to);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("vastgelegd=regime");
        org.assertj.core.api.Assertions.assertThat(moves(id)).isEqualTo(before + 1);
        page.reload();
        org.assertj.core.api.Assertions.assertThat(moves(id)).isEqualTo(before + 1);
        // the same form sent again (a double tap): the answer of the first, nothing new
        var again = page.request().post(page.url().replaceAll("[?#].*$", "") + "/regime",
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0)
                        .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf).set("onceToken", token)
                                .set("to", to).set("decidedOn", java.time.LocalDate.now().toString())
                                .set("decidedBy", "Overleg zorg en veiligheid").set("reason", "Eenmalig vastgelegd")));
        org.assertj.core.api.Assertions.assertThat(again.status()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(moves(id)).isEqualTo(before + 1);
    }

    private int moves(String facilityId) {
        return jdbc.sql("select count(*) from regime_change where facility_id = ?::uuid").param(facilityId).query(Integer.class).single();
    }

    @Test
    @DisplayName("a municipality starts an inventory, fills in one checklist and gets the outcome as PDF and XLSX")
    void inventory() {
        logIn("gemeente");
        open("/toezicht/inventarisaties");
        checkPage("inventory-list");
        page.locator("#title").fill("Inventarisatie browsertest");
        page.locator("[data-testid=start-inventory]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/toezicht/inventarisaties/[0-9a-f-]{36}$"));
        // the municipality by name, and the outcome with a total
        assertThat(page.locator("main")).containsText("Dordrecht");
        org.assertj.core.api.Assertions.assertThat(page.locator("main").innerText()).doesNotContainPattern("\\bGM\\d{4}");
        assertThat(page.locator("[data-testid=locations-total]")).not().hasText("0");
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
