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

        page.locator("[data-testid=save-scan]").click();
        page.locator("[data-testid=pdf]").waitFor();
        page.locator("#radius-map[data-loaded]").waitFor();
        checkPage("siting-saved");
        Download download = page.waitForDownload(() -> page.locator("[data-testid=pdf]").click());
        Path pdf = Paths.get("target", "screenshots", "scan-browser.pdf");
        download.saveAs(pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
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
    }

    @Test
    @DisplayName("a region coordinator changes a weight and gets a new model version")
    void aCoordinatorChangesAWeight() {
        logIn("regio");
        open("/draagkracht/model");
        checkPage("siting-model");
        page.locator("input[name='weights[placesPer1000]']").fill("3");
        page.locator("form.utrecht-form button.utrecht-button--primary-action").click();
        assertThat(page.locator("[role=status]")).containsText("is opgeslagen");
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

    private void recordStep(String step, LocalDate date, Runnable details) {
        page.locator("#step").selectOption(step);
        page.locator("#date").fill(date.toString());
        details.run();
        page.locator("[data-testid=record-step]").click();
        page.waitForURL("**?vastgelegd");
        assertThat(page.locator("[data-testid=stage]")).hasAttribute("data-stage", step);
    }
}
