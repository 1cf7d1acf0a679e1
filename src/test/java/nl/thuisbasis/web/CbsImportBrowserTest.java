package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Importing CBS files on the admin page")
class CbsImportBrowserTest extends BrowserTestSupport {

    private Locator inhabitants() {
        return page.locator("#figures [data-figure=aantalInwoners] td").first();
    }

    @Test
    @DisplayName("a malformed CSV is rejected with a Dutch problem table listing each bad row, and the data stays unchanged")
    void aMalformedCsvIsRejectedWithAProblemTableAndTheDataStaysUnchanged() {
        open("/gebieden/GM0505");
        assertThat(inhabitants()).hasText("121.434");
        logIn("beheerder");

        uploadCbsFile("gemeenten-fout.csv", CbsFiles.MALFORMED_MUNICIPALITIES, 2023);

        assertThat(page.locator("[data-testid=import-failed]"))
                .hasText("Het bestand is niet ingelezen: 2 fout(en). Er is niets gewijzigd.");
        Locator rows = page.locator("#problems tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0).locator("td")).hasText(new String[] {"3", "GM05X5", "gemeentecode",
            "'GM05X5' is geen geldige CBS-code (verwacht GM gevolgd door 4 cijfers)"});
        assertThat(rows.nth(1).locator("td")).hasText(new String[] {"4", "GM0482", "aantalInwoners",
            "'veel' is geen getal"});
        assertThat(page.locator("#problems")).not().containsText("GM0505");

        open("/gebieden/GM0505");
        assertThat(inhabitants()).hasText("121.434");
        open("/gebieden/GM0482");
        assertThat(page.locator("h1")).containsText("Alblasserdam");
        assertThat(inhabitants()).hasText("20.356");
    }

    @Test
    @DisplayName("a valid CSV is imported and the job page reports the areas it read")
    void aValidCsvIsImportedAndTheJobPageReportsTheAreas() {
        logIn("beheerder");

        uploadCbsFile("gemeenten-2023.csv", CbsFiles.VALID_MUNICIPALITIES, 2023);

        assertThat(page.locator("[data-testid=import-ok]")).containsText("2 gebieden");
        open("/gebieden/GM0505");
        assertThat(inhabitants()).hasText("121.434");
    }

    @Test
    @DisplayName("in English, the problem table of a rejected file and the job's progress speak English")
    void inEnglishTheProblemTableOfARejectedFileSpeaksEnglish() {
        logIn("beheerder");
        open("/beheer/cbs-import?lang=en");

        uploadCbsFile("gemeenten-fout.csv", CbsFiles.MALFORMED_MUNICIPALITIES, 2023);

        assertThat(page.locator("[data-testid=import-failed]"))
                .hasText("The file was not imported: 2 error(s). Nothing has changed.");
        Locator rows = page.locator("#problems tbody tr");
        assertThat(rows.nth(0).locator("td")).hasText(new String[] {"3", "GM05X5", "gemeentecode",
            "'GM05X5' is not a valid CBS code (expected GM followed by 4 digits)"});
        assertThat(rows.nth(1).locator("td")).hasText(new String[] {"4", "GM0482", "aantalInwoners",
            "'veel' is not a number"});
        assertThat(page.locator("#problems")).not().containsText("geen");
    }

    @Test
    @DisplayName("an upload without a file shows the problem at the file field, with a summary that links to it")
    void anUploadWithoutAFileShowsTheProblemAtTheFileField() {
        logIn("beheerder");
        open("/beheer/cbs-import");

        page.locator("form.utrecht-form button[type=submit]").click();

        assertThat(page.locator("#error-summary a[href='#file']")).hasText("Kies een bestand.");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#file-error")).hasText("Kies een bestand.");
        checkPage("import-form-errors");
    }

    @Test
    @DisplayName("only an administrator reaches the import page")
    void onlyAnAdministratorReachesTheImportPage() {
        logIn("regio");

        var response = page.navigate("/beheer/cbs-import");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("U heeft geen toegang tot deze pagina");
    }
}
