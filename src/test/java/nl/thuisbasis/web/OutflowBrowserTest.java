package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.ScanService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DisplayName("Outflow in the browser")
class OutflowBrowserTest extends BrowserTestSupport {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    ScanService scans;

    @Autowired
    RegionCatalog catalog;

    @Test
    @DisplayName("a provider registers a candidate, the municipality grants urgency, a corporation offers a vacancy, the "
            + "engine proposes, the offer is made and accepted, and the monitor counts it")
    void fromRegistrationToTheMonitor() {
        String reference = "BT-" + System.nanoTime() % 1_000_000;
        // the provider registers; a citizen service number is refused and nothing is stored
        logIn("begeleider");
        open("/uitstroom/kandidaten/nieuw");
        checkPage("outflow-candidate-form");
        page.locator("#reference").fill("111222333");
        fillCandidate();
        page.locator("[data-testid=save-candidate]").click();
        assertThat(page.locator("#error-summary")).containsText("burgerservicenummer");
        assertThat(page.locator("#reference-error")).containsText("burgerservicenummer");
        assertThat(page.locator("#bedroomsNeeded")).hasValue("1");
        checkPage("outflow-candidate-form-refused");
        page.locator("#reference").fill(reference);
        page.locator("[data-testid=save-candidate]").click();
        page.waitForURL(Pattern.compile(".*/uitstroom/kandidaten/[0-9a-f-]{36}\\?aangemeld$"));
        String candidateUrl = page.url().replaceAll("\\?.*$", "");
        String candidateId = candidateUrl.substring(candidateUrl.lastIndexOf('/') + 1);
        assertThat(page.locator("[data-testid=candidate-status]")).hasAttribute("data-status", "REGISTERED");
        // people decide: the date readiness was established starts empty and a missing one is refused at its field
        assertThat(page.locator("#readyOn")).hasValue("");
        assertThat(page.locator("#readyOn")).hasAttribute("required", "required");
        page.locator("#readyBy").fill("J. Begeleider, woonbegeleider");
        page.locator("[data-testid=confirm-ready]").click();
        assertThat(page.locator("#readyOn")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary a[href='#readyOn']")).isVisible();
        page.locator("#readyOn").fill(LocalDate.now().toString());
        page.locator("[data-testid=confirm-ready]").click();
        assertThat(page.locator("#candidate-data")).containsText("J. Begeleider");
        checkPage("outflow-candidate-registered");

        // the municipality grants urgency
        switchTo("gemeente");
        open(candidateUrl);
        assertThat(page.locator("#urgencyDate")).hasValue("");
        page.locator("#urgencyDecision").fill("URG-2026-BT");
        page.locator("[data-testid=grant-urgency]").click();
        assertThat(page.locator("#urgencyDate")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-testid=candidate-status]")).hasAttribute("data-status", "REGISTERED");
        page.locator("#urgencyDate").fill(LocalDate.now().toString());
        page.locator("[data-testid=grant-urgency]").click();
        assertThat(page.locator("[data-testid=candidate-status]")).hasAttribute("data-status", "URGENCY_GRANTED");
        checkPage("outflow-candidate-urgency");

        // the corporation offers a vacancy in a Dordrecht neighbourhood the scan does not mark red, runs the matching
        // from the vacancy page and adopts the engine's proposal
        switchTo("corporatie");
        open("/uitstroom/woningen/nieuw");
        checkPage("outflow-vacancy-form");
        page.locator("#address").fill("Browsertestlaan 1");
        page.locator("#postcode").fill("3311ab");
        page.locator("#neighbourhood").selectOption(neighbourhoodThatIsNotRed());
        page.locator("#bedrooms").fill("1");
        page.locator("#rent").fill("zeshonderd");
        // the floor (who the dwelling suits) and the date it is available start empty
        assertThat(page.locator("#floor")).hasValue("");
        assertThat(page.locator("#availableFrom")).hasValue("");
        page.locator("#floor").fill("0");
        page.locator("#availableFrom").fill(LocalDate.now().plusDays(21).toString());
        // a rent that is no amount comes back next to its field, with everything entered kept, and nothing is stored
        page.locator("[data-testid=save-vacancy]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary a[href='#rent']")).hasText("De huur is een bedrag zoals 612,50.");
        assertThat(page.locator("#rent")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#rent")).hasValue("zeshonderd");
        assertThat(page.locator("#address")).hasValue("Browsertestlaan 1");
        checkPage("outflow-vacancy-form-refused");
        page.locator("#rent").fill("600,00");
        page.locator("[data-testid=save-vacancy]").click();
        page.waitForURL(Pattern.compile(".*/uitstroom/woningen/[0-9a-f-]{36}\\?aangeboden$"));
        String vacancyUrl = page.url().replaceAll("\\?.*$", "");
        assertThat(page.locator("[data-testid=vacancy-status]")).hasAttribute("data-status", "OPEN");
        page.locator("[data-testid=run-matching]").click();
        assertThat(page.locator("[data-testid=minimal-candidate]")).containsText(reference);
        checkPage("outflow-vacancy-proposal");
        page.locator("[data-testid=adopt-proposal]").click();
        assertThat(page.locator("[data-testid=vacancy-status]")).hasAttribute("data-status", "PROPOSED");
        assertThat(page.locator("#offeredOn")).hasValue("");
        page.locator("[data-testid=make-offer]").click();
        assertThat(page.locator("#offeredOn")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-testid=vacancy-status]")).hasAttribute("data-status", "PROPOSED");
        page.locator("#offeredOn").fill(LocalDate.now().toString());
        page.locator("[data-testid=make-offer]").click();
        assertThat(page.locator("[data-testid=vacancy-status]")).hasAttribute("data-status", "OFFERED");
        assertThat(page.locator("[data-testid=open-offer]")).isVisible();
        checkPage("outflow-vacancy-offered");

        // the provider accepts: housed, and the tenancy-with-care agreement starts when the dwelling is available
        switchTo("begeleider");
        open(candidateUrl);
        assertThat(page.locator("[data-testid=candidate-status]")).hasAttribute("data-status", "OFFERED");
        checkPage("outflow-candidate-offered");
        // the start of the agreement starts empty (the dwelling is available in three weeks, not today): missing, it is
        // refused at its field, in English too; before the dwelling is available, too
        assertThat(page.locator("#acceptStartsOn")).hasValue("");
        assertThat(page.locator("#acceptStartsOn-hint")).containsText(DateFormats.date(LocalDate.now().plusDays(21), Locale.of("nl")));
        page.locator("[data-testid=accept-offer]").click();
        assertThat(page.locator("#acceptStartsOn")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary a[href='#acceptStartsOn']")).hasText("Geef de ingangsdatum van de huurzorgovereenkomst.");
        assertThat(page.locator("[data-testid=candidate-status]")).hasAttribute("data-status", "OFFERED");
        open(candidateUrl + "?lang=en");
        assertThat(page.locator("#acceptStartsOn")).hasValue("");
        page.locator("[data-testid=accept-offer]").click();
        assertThat(page.locator("#error-summary a[href='#acceptStartsOn']")).hasText("Enter the start date of the tenancy-with-care agreement.");
        checkPage("outflow-accept-refused-en");
        open(candidateUrl + "?lang=nl");
        page.locator("#acceptStartsOn").fill(LocalDate.now().plusDays(7).toString());
        page.locator("[data-testid=accept-offer]").click();
        assertThat(page.locator("#error-summary a[href='#acceptStartsOn']")).containsText("beschikbaar vanaf");
        page.locator("#acceptStartsOn").fill(LocalDate.now().plusDays(21).toString());
        page.locator("[data-testid=accept-offer]").click();
        assertThat(page.locator("[data-testid=candidate-status]")).hasAttribute("data-status", "HOUSED");
        page.locator("[data-testid=tenancy-link]").click();
        assertThat(page.locator("#evaluations tbody tr")).hasCount(3);
        // the moment of an evaluation, its date and the date of an outcome are chosen, not pre-filled
        assertThat(page.locator("#month")).hasValue("");
        assertThat(page.locator("#heldOn")).hasValue("");
        assertThat(page.locator("#outcome")).hasValue("");
        assertThat(page.locator("#decidedOn")).hasValue("");
        checkPage("outflow-tenancy");

        // the monitor counts it this month, and the number leads to its record (without the reference for the region)
        switchTo("regio");
        LocalDate starts = LocalDate.now().plusDays(21);
        open("/uitstroom/monitor?jaar=" + starts.getYear());
        page.locator("[data-chart=months][data-drawn]").waitFor();
        int month = starts.getMonthValue();
        var outflow = page.locator("[data-figure=OUTFLOW-" + month + "]");
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(outflow.textContent().trim())).isGreaterThanOrEqualTo(1);
        checkPage("outflow-monitor");
        // the monitor: the chart of waiting times draws the same five rows its table counts; the share within the norm
        // says how it is calculated; every link's visible text is part of its accessible name; the cap line is drawn
        var waits = JSON.readTree(page.locator("#monitor-data").textContent()).path("waits");
        org.assertj.core.api.Assertions.assertThat(waits.size()).isEqualTo(page.locator("#waits tbody tr").count());
        for (int i = 0; i < waits.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(page.locator("#waits tbody tr").nth(i).locator("a").textContent().trim())
                    .isEqualTo(waits.get(i).asString());
        }
        assertThat(page.locator("[data-testid=share-how]")).containsText("/");
        Object mismatches = page.evaluate("() => [...document.querySelectorAll('main a[aria-label]')]"
                + ".filter(a => !a.getAttribute('aria-label').toLowerCase().includes(a.textContent.trim().toLowerCase()))"
                + ".map(a => a.textContent.trim() + ' / ' + a.getAttribute('aria-label'))");
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) mismatches).isEmpty();
        if (page.locator("[data-chart=caps]").count() > 0) {
            assertThat(page.locator("[data-chart=caps] svg")).containsText("25%");
        }
        assertThat(page.locator("[data-chart=months] svg")).containsText(
                starts.format(java.time.format.DateTimeFormatter.ofPattern("MMM", Locale.of("nl"))));
        outflow.click();
        String mark = jdbc.sql("select mark from candidate where id = ?::uuid").param(candidateId).query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(mark).doesNotContain(candidateId.substring(0, 8).toUpperCase());
        assertThat(page.locator("#records")).containsText(mark);
        assertThat(page.locator("#records")).not().containsText(reference);
        checkPage("outflow-monitor-records");

        // the municipality sees the same record with the reference
        switchTo("gemeente");
        open("/uitstroom/monitor/records?figuur=OUTFLOW&sleutel=" + month + "&jaar=" + starts.getYear());
        assertThat(page.locator("#records")).containsText(reference);
    }

    @Test
    @DisplayName("the region coordinator keeps the rules and the contingent; the preview for 50 sums to 50")
    void coordinatorKeepsRulesAndContingent() {
        logIn("regio");
        open("/uitstroom/instellingen");
        checkPage("outflow-settings");
        page.locator("#capPercent").fill("250");
        page.locator("form[action$='/normen'] button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("percentage");
        assertThat(page.locator("#capPercent")).hasAttribute("aria-invalid", "true");
        open("/uitstroom/contingenten");
        page.locator("#total").fill("50");
        page.locator("button[value=preview]").click();
        var cells = page.locator("#preview tbody td:last-child").allTextContents();
        org.assertj.core.api.Assertions.assertThat(cells.stream().mapToInt(c -> Integer.parseInt(c.trim())).sum()).isEqualTo(50);
        checkPage("outflow-contingent-preview");
        // in English, a contingent without who decided it is refused next to that field, and not recorded
        open("/uitstroom/contingenten?lang=en");
        page.locator("#total").fill("50");
        page.locator("button[value=decide]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary a[href='#decidedBy']")).containsText("Give who decided the contingent");
        assertThat(page.locator("#decidedBy")).hasAttribute("aria-invalid", "true");
        checkPage("outflow-contingent-refused-en");
        open("/uitstroom/matching");
        checkPage("outflow-matching");
    }

    @Test
    @DisplayName("people decide: a new registration starts without the date of consent, the household and the support, and "
            + "a missing one is refused at its field, in Dutch and in English")
    void consequentialFieldsOfARegistrationStartEmpty() {
        logIn("begeleider");
        for (String lang : new String[] {"nl", "en"}) {
            open("/uitstroom/kandidaten/nieuw?lang=" + lang);
            for (String field : new String[] {"consentOn", "adults", "children", "bedroomsNeeded", "supportProvider",
                    "decidingMunicipality", "originMunicipality", "category", "targetHousing"}) {
                assertThat(page.locator("#" + field)).hasValue("");
                assertThat(page.locator("#" + field)).hasAttribute("required", "required");
            }
            page.locator("[data-testid=save-candidate]").click();
            page.locator("#error-summary").waitFor();
            assertThat(page.locator("#consentOn")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#supportProvider")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#error-summary a[href='#consentOn']")).hasText(lang.equals("en")
                    ? "Record when the client consented to sharing these data with the municipality and the housing corporation."
                    : "Leg vast wanneer de cliënt toestemming gaf om deze gegevens te delen met gemeente en corporatie.");
            checkPage("outflow-candidate-form-empty-" + lang);
        }
    }

    @Test
    @DisplayName("the candidate list puts those waiting for the municipality's urgency decision first and the housed last")
    void candidatesWaitingForADecisionComeFirst() {
        logIn("begeleider");
        // three of the provider's candidates: one housed long ago, one in the pool, one just registered (the old order,
        // by urgency date with the undecided last, showed them the other way round)
        String suffix = "-" + System.nanoTime() % 1_000_000;
        String housed = registerThroughTheApi("THUIS" + suffix);
        String pooled = registerThroughTheApi("POOL" + suffix);
        String reference = "WACHT" + suffix;
        registerThroughTheApi(reference);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        jdbc.sql("update candidate set status = 'HOUSED', urgency_granted_on = ? where id = ?::uuid").params(today.minusDays(400), housed).update();
        jdbc.sql("update candidate set status = 'URGENCY_GRANTED', urgency_granted_on = ? where id = ?::uuid").params(today.minusDays(30), pooled).update();
        for (String lang : new String[] {"nl", "en"}) {
            open("/uitstroom/kandidaten?lang=" + lang);
            java.util.List<String> statuses = ((java.util.List<?>) page.locator("#candidates tbody tr").evaluateAll(
                    "rows => rows.map(r => r.dataset.status)")).stream().map(String::valueOf).toList();
            java.util.List<Integer> ranks = statuses.stream().map(OutflowBrowserTest::listRank).toList();
            org.assertj.core.api.Assertions.assertThat(ranks).as(statuses.toString()).isSorted();
            org.assertj.core.api.Assertions.assertThat(statuses).contains("REGISTERED", "URGENCY_GRANTED", "HOUSED");
            org.assertj.core.api.Assertions.assertThat(statuses.get(0)).isEqualTo("REGISTERED");
            org.assertj.core.api.Assertions.assertThat(statuses.get(statuses.size() - 1)).isEqualTo("HOUSED");
            assertThat(page.locator("#candidates tbody tr[data-reference='" + reference + "']")).hasAttribute("data-status", "REGISTERED");
            checkPage("outflow-candidates-" + lang);
        }
    }

    @Test
    @DisplayName("the monitor in English: its calculation, its links and a list of records in English, axe-core clean")
    void theMonitorInEnglish() {
        logIn("regio");
        open("/uitstroom/monitor?lang=en");
        page.locator("[data-chart=months][data-drawn]").waitFor();
        assertThat(page.locator("[data-testid=share-how]")).containsText("Calculated as");
        assertThat(page.locator("main")).not().containsText("Zo berekend");
        assertThat(page.locator("main")).not().containsText("niet gemeld");
        assertThat(page.locator("main")).not().containsText("voorgesteld");
        checkPage("outflow-monitor-en");
        open("/uitstroom/monitor/records?figuur=WAITS&sleutel=WITHIN_NORM&lang=en");
        assertThat(page.locator("main")).containsText("selection: offer within the norm");
        assertThat(page.locator("main")).not().containsText("WITHIN_NORM");
        checkPage("outflow-monitor-records-en");
    }

    /** Registers a candidate of the demo provider through the API; returns its id. */
    private String registerThroughTheApi(String reference) {
        var answer = page.request().post("/api/v1/outflow/candidates", com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("begeleider:" + DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setHeader("Content-Type", "application/json")
                .setData("""
                        {"reference": "%s", "decidingMunicipality": "GM0505", "adults": 1, "children": 0, "ageBand": "Y27_44",
                         "incomeBand": "LOW", "bedroomsNeeded": 1, "municipalities": ["GM0505"], "exclusions": [],
                         "originMunicipality": "GM0505", "supportProvider": "leger-des-heils", "supportIntensity": "MEDIUM",
                         "targetHousing": "TENANCY_WITH_CARE", "category": "SHELTER", "regionalTiesYears": 10,
                         "hadOwnDwelling": false, "consentOn": "%s"}""".formatted(reference, LocalDate.now())));
        org.assertj.core.api.Assertions.assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return JSON.readTree(answer.text()).path("id").asString();
    }

    /** Where a status belongs in a candidate list: waiting for the decision, in the scheme, withdrawn, housed. */
    private static int listRank(String status) {
        return switch (status) {
            case "REGISTERED" -> 0;
            case "WITHDRAWN" -> 2;
            case "HOUSED" -> 3;
            default -> 1;
        };
    }

    private void fillCandidate() {
        page.locator("#consentOn").fill(LocalDate.now().toString());
        page.locator("#decidingMunicipality").selectOption("GM0505");
        page.locator("#category").selectOption("SHELTER");
        page.locator("#targetHousing").selectOption("TENANCY_WITH_CARE");
        page.locator("#regionalTiesYears").fill("5");
        page.locator("#adults").fill("1");
        page.locator("#children").fill("0");
        page.locator("#ageBand").selectOption("Y27_44");
        page.locator("#incomeBand").selectOption("LOW");
        page.locator("#bedroomsNeeded").fill("1");
        page.locator("#ranks-GM0505-").fill("1");
        page.locator("#originMunicipality").selectOption("GM0505");
        page.locator("#supportProvider").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#supportIntensity").selectOption("MEDIUM");
    }

    private String neighbourhoodThatIsNotRed() {
        Set<String> red = scans.redAreas("drechtsteden-alblasserwaard", FacilityType.PROTECTED_HOUSING_AT_HOME, 1);
        return catalog.finestAreas("GM0505").stream().map(Area::code).filter(code -> !red.contains(code)).findFirst().orElseThrow();
    }

    /** Logs out by dropping the session cookie, then logs in as another demo user. */
    private void switchTo(String username) {
        context.clearCookies();
        logIn(username);
    }
}
