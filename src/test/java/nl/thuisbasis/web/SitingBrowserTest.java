package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The capacity scan and initiatives in the browser")
class SitingBrowserTest extends BrowserTestSupport {

    @Test
    @DisplayName("a municipality officer scans a point chosen on the map, saves it, downloads the PDF and walks an initiative to in use")
    void aMunicipalityOfficerScansSavesAndWalksAnInitiative() throws Exception {
        logIn("gemeente");
        open("/draagkracht");
        page.locator("#scan-map[data-loaded]").waitFor();
        checkPage("siting-start");
        // the map opens on Dordrecht; a click in its middle chooses the point
        page.locator("#scan-map").click();
        assertThat(page.locator("#lon")).not().hasValue("");
        page.locator("#type").selectOption("CRISIS_SHELTER");
        page.locator("#capacity").fill("20");
        page.locator("#address").fill("Browsertest locatie");
        page.locator("#scan-form button[type=submit]").click();
        page.locator("[data-testid=verdict]").waitFor();
        page.locator("#radius-map[data-loaded]").waitFor();
        assertThat(page.locator("#indicators tbody tr")).not().hasCount(0);
        assertThat(page.locator("[data-testid=drivers] li").first()).containsText("Belastingsscore");
        checkPage("siting-result");

        var saveForm = page.locator("form[action$='/draagkracht/scans']");
        var sent = com.microsoft.playwright.options.FormData.create();
        for (var input : saveForm.locator("input[type=hidden]").all()) {
            sent.set(input.getAttribute("name"), input.inputValue());
        }
        long scansBefore = scans();
        page.locator("[data-testid=save-scan]").click();
        page.locator("[data-testid=pdf]").waitFor();
        page.locator("#radius-map[data-loaded]").waitFor();
        checkPage("siting-saved");
        // post-redirect-get: the saved scan is a page of its own; a reload or the same form sent again saves nothing
        assertThat(page.url()).matches(".*/draagkracht/scans/[0-9a-f-]{36}\\?bewaard$");
        String savedUrl = page.url();
        assertThat(scans()).isEqualTo(scansBefore + 1);
        page.reload();
        page.locator("[data-testid=pdf]").waitFor();
        var again = page.request().post("/draagkracht/scans",
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0).setForm(sent));
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.headers().get("location")).endsWith(savedUrl.replaceAll("^https?://[^/]+", ""));
        assertThat(scans()).isEqualTo(scansBefore + 1);
        // the saved scan says when, where and who (the person's name, not the username), in words, not codes
        assertThat(page.locator("[data-testid=scan-date]")).not().hasText("");
        assertThat(page.locator("[data-testid=scan-address]")).hasText("Browsertest locatie");
        assertThat(page.locator("[data-testid=scan-by]")).containsText("Demo Beleidsmedewerker (Dordrecht)");
        assertThat(page.locator("main, body").first().innerText()).doesNotContainPattern("\\b(GM|WK|BU)\\d{4}")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");
        // and in English by its address, with the same scan
        open(savedUrl.replace("?bewaard", "?lang=en"));
        page.locator("[data-testid=pdf]").waitFor();
        assertThat(page.locator("[data-testid=scan-facts]")).containsText("Saved by");
        checkPage("siting-saved-en");
        page.locator("#radius-map[data-loaded]").waitFor();
        // a tagged PDF with an embedded font takes a while on a busy machine
        Download download = page.waitForDownload(new com.microsoft.playwright.Page.WaitForDownloadOptions().setTimeout(90_000),
                () -> page.locator("[data-testid=pdf]").click());
        Path pdf = Paths.get("target", "screenshots", "scan-browser.pdf");
        download.saveAs(pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // tagged PDF/UA: a screen reader can read it
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
        }
        open(savedUrl.replace("?bewaard", "?lang=nl"));
        Process render = new ProcessBuilder("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", pdf.toString(),
                Paths.get("target", "screenshots", "scan-browser").toString()).redirectErrorStream(true).start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as("pdftoppm (Debian poppler-utils, installed by .ci/run)").isZero();
        assertThat(Paths.get("target", "screenshots", "scan-browser-1.png")).exists();

        // an initiative at the same place, walked from scan to in use
        LocalDate day = LocalDate.now().minusDays(40);
        open("/initiatieven/nieuw");
        page.locator("#name").fill("Browsertest crisisopvang");
        page.locator("#type").selectOption("CRISIS_SHELTER");
        page.locator("#providerCode").selectOption("leger-des-heils");
        page.locator("#capacity").fill("20");
        page.locator("#street").fill("Vest");
        page.locator("#houseNumber").fill("10");
        page.locator("#postcode").fill("3311 TB");
        page.locator("#place").fill("Dordrecht");
        page.locator("#lon").fill("4.6712");
        page.locator("#lat").fill("51.8130");
        page.locator("input[name=targetGroups][value=HOMELESS]").check();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=stage]").waitFor();
        checkPage("initiative-new");

        recordStep("SCAN", day, () -> page.locator("#scanId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1)));
        recordStep("NEIGHBOURS_INFORMED", day.plusDays(5), () -> page.locator("#notes").fill("Brief aan 80 adressen, inloopavond"));
        // publishing before the neighbours were informed is refused, with the reason
        page.locator("#step").selectOption("DECISION");
        page.locator("#date").fill(day.plusDays(10).toString());
        page.locator("#decisionBody").selectOption("COUNCIL");
        page.locator("#approved").selectOption("true");
        page.locator("#publishedOn").fill(day.plusDays(2).toString());
        page.locator("[data-testid=record-step]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary")).containsText("Omwonenden horen het eerst");
        checkPage("initiative-refused");
        recordStep("DECISION", day.plusDays(10), () -> {
            page.locator("#decisionBody").selectOption("COUNCIL");
            page.locator("#approved").selectOption("true");
            page.locator("#publishedOn").fill(day.plusDays(12).toString());
        });
        recordStep("REALISATION", day.plusDays(20), () -> { });
        recordStep("IN_USE", day.plusDays(35), () -> { });
        assertThat(page.locator("[data-testid=stage]")).hasAttribute("data-stage", "IN_USE");
        checkPage("initiative-in-use");
        page.locator("[data-testid=facility-link]").click();
        page.locator("[data-testid=facility-details]").waitFor();
        assertThat(page.locator("h1")).hasText("Browsertest crisisopvang");

        open("/initiatieven");
        checkPage("initiatives");
        open("/draagkracht/heatmap?type=PROTECTED_HOUSING&capacity=12");
        page.locator("#heatmap[data-loaded]").waitFor();
        assertThat(page.locator("#heatmap path[data-verdict]")).not().hasCount(0);
        assertThat(page.locator("#heatmap-table tbody tr")).not().hasCount(0);
        checkPage("siting-heatmap");
        // filtered by municipality, by name; names, not codes; a row opens the scan with its explanation
        page.locator("#municipality").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Zwijndrecht"));
        page.locator("form[action$='/draagkracht/heatmap'] button[type=submit]").click();
        page.locator("#heatmap[data-loaded]").waitFor();
        assertThat(page.locator("#heatmap-table tbody tr")).not().hasCount(0);
        for (String municipality : page.locator("#heatmap-table tbody tr td:nth-child(2)").allTextContents()) {
            assertThat(municipality).isEqualTo("Zwijndrecht");
        }
        assertThat(page.locator("#heatmap-table").innerText()).doesNotContainPattern("\\b(GM|WK|BU)\\d{4}");
        assertThat(page.locator("#heatmap[data-outlines]")).not().hasAttribute("data-outlines", "error");
        checkPage("siting-heatmap-municipality");
        page.locator("#heatmap-table tbody tr [data-testid=explain]").first().click();
        page.locator("[data-testid=verdict]").waitFor();
        assertThat(page.locator("[data-testid=drivers] li")).not().hasCount(0);
        assertThat(page.locator("[data-testid=scan-facts]")).containsText("Zwijndrecht");
    }

    @Test
    @DisplayName("a region coordinator changes a weight and gets a new model version")
    void aCoordinatorChangesAWeight() {
        logIn("regio");
        open("/draagkracht/model");
        checkPage("siting-model");
        page.locator("input[name='weights[placesPer1000]']").fill("3");
        long versions = jdbc.sql("select count(*) from scoring_model").query(Long.class).single();
        page.locator("form.utrecht-form button.utrecht-button--primary-action").click();
        assertThat(page.locator("[role=status]")).containsText("is opgeslagen");
        // post-redirect-get: a reload shows the saved version again and saves no second one
        assertThat(page.url()).contains("/draagkracht/model?versie=");
        page.reload();
        assertThat(page.locator("[role=status]")).containsText("is opgeslagen");
        assertThat(jdbc.sql("select count(*) from scoring_model").query(Long.class).single()).isEqualTo(versions + 1);
        assertThat(page.locator("input[name='weights[placesPer1000]']")).hasValue("3.0");

        page.locator("#bestand").setInputFiles(new com.microsoft.playwright.options.FilePayload("wijkprofiel.csv", "text/csv",
                "code;jaar;index;waarde\nBU05050205;2024;browsertest-index;87\nBU99999999;2024;browsertest-index;90\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form[enctype] button[type=submit]").click();
        assertThat(page.locator("[data-testid=indices-failed]")).containsText("BU99999999");
        checkPage("siting-indices-failed");
    }

    @Test
    @DisplayName("a refused scan and a refused model show each problem at its field, in English")
    void refusedFormsShowTheirProblemsInEnglish() {
        logIn("regio");
        open("/draagkracht?lang=en");
        page.locator("#scan-map[data-loaded]").waitFor();
        page.locator("#capacity").fill("many");
        page.locator("#scan-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        page.locator("#scan-map[data-loaded]").waitFor();
        assertThat(page.locator("#error-summary")).containsText("Choose a point on the map");
        // one line per problem, each linking to its field, each field with its own message next to it
        assertThat(page.locator("#error-summary li")).hasCount(3);
        assertThat(page.locator("#error-summary li a[href='#capacity']")).hasText("The capacity must be a whole number, for example 12.");
        assertThat(page.locator("#error-summary li a[href='#lon']")).isVisible();
        assertThat(page.locator("#error-summary li a[href='#type']")).isVisible();
        assertThat(page.locator("#capacity-error")).hasText("The capacity must be a whole number, for example 12.");
        assertThat(page.locator("#type-error")).isVisible();
        assertThat(page.locator("#lon-error")).isVisible();
        assertThat(page.locator("#capacity")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#capacity")).hasValue("many");
        checkPage("siting-start-refused-en");

        open("/draagkracht/model?lang=en");
        page.locator("input[name='weights[placesPer1000]']").fill("heavy");
        page.locator("#redFrom").fill("20");
        page.locator("form.utrecht-form button.utrecht-button--primary-action").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary")).containsText("is not a weight");
        assertThat(page.locator("#error-summary")).containsText("The thresholds must rise");
        assertThat(page.locator("input[name='weights[placesPer1000]']")).hasAttribute("aria-invalid", "true");
        checkPage("siting-model-refused-en");
    }

    @Test
    @DisplayName("a care provider cannot open the capacity scan")
    void aProviderCannotOpenTheScan() {
        logIn("begeleider");
        open("/draagkracht");
        assertThat(page.locator("h1")).hasText("U heeft geen toegang tot deze pagina");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long scans() {
        return jdbc.sql("select count(*) from scan").query(Long.class).single();
    }

    private void recordStep(String step, LocalDate date, Runnable details) {
        page.locator("#step").selectOption(step);
        page.locator("#date").fill(date.toString());
        details.run();
        page.locator("[data-testid=record-step]").click();
        page.waitForURL("**?vastgelegd");
        assertThat(page.locator("[data-testid=stage]")).hasAttribute("data-stage", step);
    }
}
