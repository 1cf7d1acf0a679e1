package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client's way from registration to the priority scheme, as a care worker walks it: two assessments a month apart
 * with the change and the chart, a support plan (a goal from the assessment, actions, an evaluation that scales support
 * down), overdue work on the caseload, a crisis plan with its one-page card (PDF, read back), the readiness checklist,
 * and registering for the priority scheme from the
 * trajectory, after which the candidacy shows the readiness date. Every page passes axe-core in Dutch, in English and
 * at 390 px wide.
 */
@DisplayName("Client trajectory from registration to the priority scheme (care worker)")
class TrajectoryFlowBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    void assess(LocalDate on, int housing, int finances) {
        page.locator("[data-testid=new-assessment]").click();
        page.locator("#assessedOn").fill(on.toString());
        page.locator("#score-HOUSING--" + housing).check();
        page.locator("#score-FINANCES--" + finances).check();
        page.locator("#target-FINANCES-").selectOption("4");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#scores").waitFor();
    }

    void submit(String form) {
        page.locator("[data-testid=" + form + "] button[type=submit]").click();
    }

    @Test
    @DisplayName("register, assess twice, plan, checklist, register for the priority scheme; NL, EN, 390 px")
    void fromRegistrationToThePriorityScheme() {
        String number = "FL-" + System.nanoTime() % 1000000;
        logIn("begeleider");
        open("/trajecten/nieuw");
        page.locator("#name").fill("Fenna Testpersoon");
        page.locator("#birthDate").fill("1990-06-15");
        page.locator("#clientNumber").fill(number);
        page.locator("#targetHousing").selectOption("TENANCY_WITH_CARE");
        page.locator("#preferredMunicipality").selectOption("GM0505");
        page.locator("#originMunicipality").selectOption("GM0505");
        if (page.locator("#facilityId option").count() > 1) {
            page.locator("#facilityId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        }
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/trajecten/[0-9a-f-]{36}\\?aangemeld$"));
        String client = page.url().replaceAll("^.*/trajecten/([0-9a-f-]{36}).*$", "$1");

        assess(TODAY.minusMonths(1), 1, 2);
        assess(TODAY, 2, 3);
        assertThat(page.locator("#scores tbody tr", new Page.LocatorOptions().setHasText("Financiën"))).containsText("1 hoger");
        page.locator("[data-chart=domains] svg").waitFor();

        // the support plan: a goal from the assessment, with the domain's level now and the target
        page.locator("[data-testid=open-plan]").click();
        checkPage("trajectory-plan-empty");
        submit("goal-form");
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary li")).hasCount(3);
        checkPage("trajectory-plan-errors");
        page.locator("#goalDomain").selectOption("FINANCES");
        assertThat(page.locator("#goalDomain option:checked")).containsText("nu niveau 3");
        page.locator("#goalTarget").selectOption("4");
        page.locator("#goalDescription").fill("Zelf de huur en de vaste lasten betalen");
        submit("goal-form");
        page.locator("[data-testid=goal]").waitFor();
        page.reload();
        assertThat(page.locator("[data-testid=goal]")).hasCount(1);
        assertThat(page.locator("[data-testid=goal]")).containsText("Van niveau 3 naar niveau 4");

        page.locator("#actionGoal").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#actionDescription").fill("Aanmelden bij budgetbeheer");
        page.locator("#actionPartner").fill("Stichting Schuldhulp Drechtsteden");
        page.locator("#actionDue").fill(TODAY.plusDays(14).toString());
        submit("action-form");
        page.locator("[data-testid=action]").waitFor();
        page.locator("#actionGoal").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#actionDescription").fill("Uitkering aanvragen");
        page.locator("#actionOwner").selectOption("begeleider");
        page.locator("#actionDue").fill(TODAY.minusDays(2).toString());
        submit("action-form");
        assertThat(page.locator("[data-testid=action]")).hasCount(2);
        assertThat(page.locator("[data-testid=action]", new Page.LocatorOptions().setHasText("Uitkering"))).containsText("te laat");

        page.locator("#evaluationOn").fill(TODAY.minusDays(1).toString());
        page.locator("#withClient").check();
        page.locator("#withProvider").check();
        page.locator("#withWmo").check();
        submit("evaluation-form");
        page.locator("[data-testid=evaluation]").waitFor();
        assertThat(page.locator("[data-testid=evaluation]")).containsText("de Wmo-consulent van de gemeente");
        checkPage("trajectory-plan");

        // the caseload shows the overdue work, and only that with the filter
        open("/trajecten?achterstand=ja&volgorde=OVERDUE");
        Locator row = page.locator("[data-testid=caseload-row]", new Page.LocatorOptions().setHasText("Fenna Testpersoon"));
        assertThat(row).containsText("te laat");
        checkPage("trajectory-caseload-overdue");

        // the evaluation's outcome: support goes down, with the reason
        open("/trajecten/" + client + "/plan");
        page.locator("[data-testid=evaluation] a").click();
        checkPage("trajectory-evaluation");
        page.locator("#heldOn").fill(TODAY.toString());
        page.locator("#outcome").fill("Gaat goed; de huur wordt op tijd betaald.");
        page.locator("#scaling-3").check();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary")).containsText("reden");
        page.locator("#scalingReason").fill("Minder uren begeleiding nodig");
        page.locator("form.utrecht-form button[type=submit]").click();
        assertThat(page.locator("[data-testid=evaluation]")).containsText("afschalen");

        // the crisis plan made with the client, and the crisis card the client carries
        open("/trajecten/" + client);
        page.locator("[data-testid=crisis-plan]").click();
        page.locator("#phases-1--signals").fill("Slaapt slecht, zegt afspraken af");
        page.locator("#phases-1--clientDoes").fill("Belt de begeleider");
        page.locator("#phases-1--contacts-0--name").fill("Pim Testbegeleider");
        page.locator("#phases-1--contacts-0--phone").fill("06-12345678");
        page.locator("#arrangements-post").fill("De buurman haalt de post");
        page.locator("#agreedOn").fill(TODAY.toString());
        page.locator("#madeWithClient").check();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/crisisplan\\?opgeslagen$"));
        open("/trajecten/" + client);
        com.microsoft.playwright.APIResponse card = page.request().get(page.locator("[data-testid=crisis-card]").getAttribute("href"));
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.headers().get("content-type")).isEqualTo("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(card.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Fenna Testpersoon", "Spanning", "06-12345678", "De buurman haalt de post");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // readiness: every item but the registration, with the day and who confirmed it
        open("/trajecten/" + client + "/gereedheid");
        checkPage("trajectory-readiness");
        for (Locator item : page.locator("fieldset[data-testid^=item-]").all()) {
            if (item.getAttribute("data-testid").equals("item-PRIORITY_SCHEME")) {
                continue;
            }
            item.locator("input[type=date]").fill(TODAY.minusDays(3).toString());
            item.locator("input[type=text]").fill("J. de Vries, begeleider");
        }
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?gereed#gereedheid$"));
        assertThat(page.locator("[data-testid=readiness-summary]")).containsText("van de");

        // registering for the priority scheme starts here, with the outflow form pre-filled
        page.locator("[data-testid=register-candidacy]").click();
        page.locator("[data-testid=from-trajectory]").waitFor();
        assertThat(page.locator("#reference")).hasValue(number);
        assertThat(page.locator("#targetHousing")).hasValue("TENANCY_WITH_CARE");
        assertThat(page.locator("#ranks-GM0505-")).hasValue("1");
        checkPage("trajectory-register-candidacy");
        page.locator("#consentOn").fill(TODAY.toString());
        page.locator("#decidingMunicipality").selectOption("GM0505");
        page.locator("#category").selectOption("SHELTER");
        page.locator("#regionalTiesYears").fill("5");
        page.locator("#adults").fill("1");
        page.locator("#children").fill("0");
        page.locator("#ageBand").selectOption("Y27_44");
        page.locator("#incomeBand").selectOption("LOW");
        page.locator("#bedroomsNeeded").fill("1");
        page.locator("#supportIntensity").selectOption("MEDIUM");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/uitstroom/kandidaten/[0-9a-f-]{36}\\?aangemeld$"));

        open("/trajecten/" + client);
        assertThat(page.locator("[data-testid=candidacy]")).containsText("aangemeld");
        assertThat(page.locator("[data-testid=candidacy-ready]")).not().containsText("nog niet");
        assertThat(page.locator("[data-testid=readiness-summary]")).containsText("Alle");
        assertThat(jdbc.sql("select c.ready_on from candidate c join trajectory_client t on t.candidate_id = c.id where t.id = ?::uuid")
                .param(client).query(LocalDate.class).single()).isEqualTo(TODAY.minusDays(3));
        checkPage("trajectory-client-registered");

        String[][] pages = {{"client", "/trajecten/" + client}, {"plan", "/trajecten/" + client + "/plan"},
            {"readiness", "/trajecten/" + client + "/gereedheid"}, {"team", "/trajecten?team=ja"}};
        for (String[] shown : pages) {
            page.setViewportSize(1280, 900);
            open(shown[1] + (shown[1].contains("?") ? "&" : "?") + "lang=en");
            checkPage("trajectory-flow-en-" + shown[0]);
            page.setViewportSize(390, 844);
            checkPage("trajectory-flow-390-" + shown[0]);
        }
    }

    @Test
    @DisplayName("a region coordinator keeps the readiness checklist; passes axe-core in NL, EN and at 390 px")
    void readinessChecklistOfTheRegion() {
        try {
            logIn("regio");
            open("/leefgebieden/gereedheid");
            assertThat(page.locator("#items")).containsText("Postadres");
            checkPage("readiness-settings");
            page.locator("form.utrecht-form button[type=submit]").last().click();
            page.locator("#error-summary").waitFor();
            checkPage("readiness-settings-errors");
            page.locator("#nameNl").fill("Zorgverzekering geregeld");
            page.locator("#nameEn").fill("Health insurance in place");
            page.locator("form.utrecht-form button[type=submit]").last().click();
            assertThat(page.locator("#items")).containsText("Zorgverzekering geregeld");
            page.locator("#items tr", new Page.LocatorOptions().setHasText("Postadres")).locator("button").click();
            assertThat(page.locator("#items tr", new Page.LocatorOptions().setHasText("Postadres"))).containsText("Niet op de lijst");
            open("/leefgebieden/gereedheid?lang=en");
            checkPage("readiness-settings-en");
            page.setViewportSize(390, 844);
            checkPage("readiness-settings-390");
        } finally {
            jdbc.sql("delete from readiness_item").update();
        }
    }
}
