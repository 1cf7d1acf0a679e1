package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The facility form as a municipality officer uses it: the address search (PDOK, here {@link testsupport.PdokStub}), the map, saving,
 * the derived areas on the detail page, two people editing at once, removing after a confirm step, and the import page;
 * axe-core on each page on the way.
 */
@DisplayName("Registering and changing a facility in the form")
class FacilityFormBrowserTest extends BrowserTestSupport {

    private void fillTheRest(String name) {
        page.locator("#name").fill(name);
        page.locator("#type").selectOption("LIVING_TRAINING");
        page.locator("#providerCode").selectOption("yulius");
        page.locator("input[name=targetGroups][value=YOUNG_ADULTS]").check();
        page.locator("#capacity").fill("6");
        page.locator("#status").selectOption("IN_USE");
    }

    @Test
    @DisplayName("a municipality officer finds the address, saves, sees the neighbourhood, is stopped by a change made meanwhile and removes it after confirming")
    void registerWithTheAddressSearch() {
        logIn("gemeente");
        open("/voorzieningen/nieuw");
        waitForMapIfAny();
        checkPage("facility-form-new");

        // PDOK not reachable: a Dutch message, and the point can still be picked on the map or typed
        page.locator("#address-query").fill("storing Dordrecht");
        page.locator("#address-search").click();
        assertThat(page.locator("#address-status")).containsText("niet bereikbaar; kies het punt op de kaart");
        // the browser logs the search's 503 answer; that one is expected here
        assertThat(consoleProblems).singleElement().asString().contains("status of 503");
        consoleProblems.clear();

        // found: the address fields and the point are filled from the chosen result
        page.locator("#address-query").fill("Voorstraat 200 Dordrecht");
        page.locator("#address-search").click();
        page.locator("#address-results button").first().click();
        assertThat(page.locator("#street")).hasValue("Voorstraat");
        assertThat(page.locator("#houseNumber")).hasValue("200");
        assertThat(page.locator("#postcode")).hasValue("3311ES");
        assertThat(page.locator("#place")).hasValue("Dordrecht");
        assertThat(page.locator("#lon")).hasValue("4.664012");
        assertThat(page.locator("#lat")).hasValue("51.815488");
        checkPage("facility-form-address-found");

        // a mistake comes back with every input kept and the message next to the field
        page.locator("#capacity").fill("-2");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        waitForMapIfAny();
        assertThat(page.locator("#error-summary a[href='#name']")).hasCount(1);
        assertThat(page.locator("#capacity")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#street")).hasValue("Voorstraat");
        assertThat(page.locator("#lon")).hasValue("4.664012");
        checkPage("facility-form-address-errors");

        fillTheRest("Formtest kamertraining Voorstraat");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=facility-details]").waitFor();
        assertThat(page.locator("h1")).hasText("Formtest kamertraining Voorstraat");
        // the neighbourhood by name, its code only in the link
        assertThat(page.locator("[data-testid=neighbourhood] a")).hasAttribute("href", java.util.regex.Pattern.compile("/gebieden/BU0505"));
        assertThat(page.locator("[data-testid=neighbourhood]")).not().containsText("BU0505");
        assertThat(page.locator("[data-testid=facility-details]")).containsText("Dordrecht");
        assertThat(page.locator("[data-testid=facility-details]")).not().containsText("GM0505");
        assertThat(page.locator("[data-testid=facility-details]")).containsText("3311");
        checkPage("facility-detail-created");
        String detailUrl = page.url().replaceAll("\\?.*$", "");

        // two tabs open the edit form; the first saves, the second is stopped and overwrites nothing
        page.locator("a[href$='/bewerken']").click();
        page.locator("#name").waitFor();
        Page other = context.newPage();
        other.navigate(detailUrl + "/bewerken");
        other.locator("#name").fill("Formtest kamertraining (andere collega)");
        other.locator("form.utrecht-form button[type=submit]").click();
        other.locator("[data-testid=facility-details]").waitFor();
        other.close();

        page.locator("#capacity").fill("7");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=conflict]").waitFor();
        waitForMapIfAny();
        assertThat(page.locator("[data-testid=conflict]")).containsText("Iemand anders (gemeente) heeft deze voorziening intussen gewijzigd");
        assertThat(page.locator("[data-testid=conflict]")).containsText("Formtest kamertraining (andere collega)");
        assertThat(page.locator("#capacity")).hasValue("7");
        checkPage("facility-form-conflict");
        open(detailUrl);
        assertThat(page.locator("h1")).hasText("Formtest kamertraining (andere collega)");
        assertThat(page.locator("[data-testid=facility-details]")).containsText("6 plekken");

        // removing asks first
        page.locator("[data-testid=delete-start] button[type=submit]").click();
        page.locator("[data-testid=delete-confirm]").waitFor();
        assertThat(page.locator("[data-testid=delete-confirm]")).containsText("Formtest kamertraining (andere collega)");
        checkPage("facility-delete-confirm");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL("**/voorzieningen/kaart?verwijderd");
        var gone = page.navigate(detailUrl);
        org.assertj.core.api.Assertions.assertThat(gone.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("the import page reports every wrong row and imports a good file")
    void importPage() {
        logIn("gemeente");
        open("/voorzieningen/import");
        checkPage("facility-import-page");
        String header = "naam;soort;doelgroepen;zorgaanbieder;eigenaar;straat;huisnummer;postcode;plaats;lengtegraad;"
                + "breedtegraad;capaciteit;eenheid;status;status_sinds;geopend_op;gesloten_op;gecontracteerd;"
                + "contact_omwonenden;website;geheim_adres;openbaar;gegenereerd";
        String good = "Importtest woning;HOUSING_FIRST;HOMELESS;leger-des-heils;Trivire;Importstraat;9;3311AB;Dordrecht;"
                + "4,6725;51,8115;1;UNITS;IN_USE;;;;ja;;;nee;nee;nee";
        String bad = good.replace("Importtest woning", "Importtest fout").replace("IN_USE", "KAPOT");
        page.locator("#file").setInputFiles(new FilePayload("voorzieningen.csv", "text/csv",
                ("\uFEFF" + header + "\n" + good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8)));
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=import-failed]").waitFor();
        assertThat(page.locator("[data-testid=import-failed] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-testid=import-failed] tbody tr td").first()).hasText("3");
        checkPage("facility-import-page-failed");

        page.locator("#file").setInputFiles(new FilePayload("voorzieningen.csv", "text/csv",
                ("\uFEFF" + header + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8)));
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=import-ok]").waitFor();
        assertThat(page.locator("[data-testid=import-ok]")).containsText("1 voorzieningen");
        checkPage("facility-import-page-ok");
        open("/voorzieningen/tabel?municipality=GM0505");
        page.locator("#facility-table a", new Page.LocatorOptions().setHasText("Importtest woning")).click();
        page.locator("[data-testid=facility-details]").waitFor();
        // the neighbourhood by name, its code only in the link
        assertThat(page.locator("[data-testid=neighbourhood] a")).hasAttribute("href", java.util.regex.Pattern.compile("/gebieden/BU0505"));
        assertThat(page.locator("[data-testid=neighbourhood]")).not().containsText("BU0505");

        // leave the register as the other browser tests expect it
        page.locator("[data-testid=delete-start] button[type=submit]").click();
        page.locator("[data-testid=delete-confirm]").waitFor();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL("**/voorzieningen/kaart?verwijderd");
    }
}
