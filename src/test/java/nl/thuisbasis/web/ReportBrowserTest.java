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
        page.locator("input[name=category][value=NOISE]").check();
        page.locator("#description").fill("Harde muziek tot na middernacht, zaterdag");
        page.locator("#report-form button[type=submit]").click();
        page.locator("[data-testid=tracking-code]").waitFor();
        String code = page.locator("[data-testid=tracking-code]").textContent().trim();
        assertThat(page.locator("[data-testid=keep-code]")).containsText("Bewaar deze code");
        assertThat(page.locator("[data-testid=answer-by]")).containsText("een eerste reactie");
        checkPage("report-phone-thanks");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Volg uw melding")).click();
        assertThat(page.locator("[data-testid=report-status]")).hasAttribute("data-status", "RECEIVED");
        assertThat(page.locator("#code")).hasValue(code);
        assertThat(page.locator("[data-testid=answer-by]")).hasText(java.util.regex.Pattern.compile("\\d{2}-\\d{2}-\\d{4}"));
        assertThat(page.locator("[data-testid=last-change]")).not().isEmpty();
        checkPage("report-phone-track");
    }

    @Test
    @DisplayName("the provider handles a report from its queue with a reply template, and the neighbour sees the reply with the code")
    void staffHandleAReport() {
        String card = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single()
                .substring(0, 8);
        page.setViewportSize(390, 844);
        open("/melden?locatie=" + card);
        page.locator("input[name=category][value=LITTER]").check();
        page.locator("#description").fill("Zakken afval naast de container, al drie dagen");
        page.locator("#report-form button[type=submit]").click();
        String code = page.locator("[data-testid=tracking-code]").textContent().trim();

        page.setViewportSize(1280, 900);
        logIn("begeleider");
        open("/meldingen");
        assertThat(page.locator("#queue tr[data-code='" + code + "']")).isVisible();
        checkPage("report-queue");
        page.locator("#queue tr[data-code='" + code + "'] a").click();
        assertThat(page.locator("[data-testid=description]")).containsText("Zakken afval");
        assertThat(page.locator("[data-testid=handle-status]")).hasAttribute("data-status", "RECEIVED");
        checkPage("report-handle");
        // the next status is a choice staff make: nothing is chosen for them
        assertThat(page.locator("#status")).hasValue("");
        // closing without a reply is refused and changes nothing
        page.locator("#status").selectOption("CLOSED");
        page.locator("[data-testid=save-status]").click();
        assertThat(page.locator("#error-summary")).containsText("antwoord");
        assertThat(page.locator("[data-testid=handle-status]")).hasAttribute("data-status", "RECEIVED");
        checkPage("report-handle-refused");
        // acknowledge with a template, then close with a reply
        page.locator("#status").selectOption("ACKNOWLEDGED");
        page.locator("#templateId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Ontvangen en in behandeling (bij: In behandeling genomen)"));
        assertThat(page.locator("#publicNote")).hasValue(java.util.regex.Pattern.compile("Bedankt voor uw melding.*"));
        page.locator("[data-testid=save-status]").click();
        assertThat(page.locator("[data-testid=handle-status]")).hasAttribute("data-status", "ACKNOWLEDGED");
        // the template "Afgehandeld" belongs to closing: choosing it sets the status
        page.locator("#status").selectOption("IN_PROGRESS");
        page.locator("#templateId").selectOption("7d0b1c52-2f59-4a38-9b9e-0a0000000004");
        assertThat(page.locator("#status")).hasValue("CLOSED");
        assertThat(page.locator("#publicNote")).hasValue(java.util.regex.Pattern.compile("We hebben maatregelen genomen.*"));
        page.locator("#publicNote").fill("Het afval is opgehaald en we hebben afspraken gemaakt over de container.");
        page.locator("#internalNote").fill("Met de bewoners besproken in het huisoverleg.");
        page.locator("[data-testid=save-status]").click();
        assertThat(page.locator("[data-testid=handle-status]")).hasAttribute("data-status", "CLOSED");
        assertThat(page.locator("#history tbody tr")).hasCount(3);
        // forwarding needs a queue and a reason; then the report leaves the provider's queue, with the reason logged
        page.locator("[data-testid=forward]").click();
        assertThat(page.locator("#error-summary")).containsText("Kies naar welke werkvoorraad");
        assertThat(page.locator("#forwardTo")).hasAttribute("aria-invalid", "true");
        checkPage("report-forward-refused");
        page.locator("#forwardTo").selectOption("REGION");
        page.locator("#reason").fill("Hoort niet bij onze locatie");
        page.locator("[data-testid=forward]").click();
        assertThat(page.locator("main")).containsText("De melding is doorgestuurd.");
        assertThat(page.locator("#queue tr[data-code='" + code + "']")).hasCount(0);
        checkPage("report-queue-forwarded");

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        open("/melden/volgen?code=" + code);
        assertThat(page.locator("[data-testid=report-status]")).hasAttribute("data-status", "CLOSED");
        assertThat(page.locator("main")).containsText("Het afval is opgehaald");
        // the internal note never reaches the reporter
        assertThat(page.locator("main")).not().containsText("huisoverleg");
        checkPage("report-phone-closed");
    }

    @Test
    @DisplayName("staff pages for routing rules and reply templates pass axe-core; a police rule without contact is refused")
    void routingSettings() {
        logIn("gemeente");
        open("/meldingen/instellingen");
        page.locator("#target").selectOption("POLICE");
        page.locator("[data-testid=add-rule]").click();
        assertThat(page.locator("#error-summary")).containsText("politie");
        checkPage("report-settings-refused");
        page.locator("#category").selectOption("AGGRESSION");
        page.locator("#target").selectOption("POLICE");
        page.locator("#contact").fill("Wijkagent Dordrecht-West, 0900-8844");
        page.locator("[data-testid=add-rule]").click();
        assertThat(page.locator("#rules")).containsText("Wijkagent Dordrecht-West");
        checkPage("report-settings");
        // remove the rule again, so that it does not route other tests' reports
        page.locator("#rules tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Wijkagent Dordrecht-West"))
                .locator("button").click();
        assertThat(page.locator("main")).not().containsText("Wijkagent Dordrecht-West");
        page.context().clearCookies();
        page.setViewportSize(390, 844);
        open("/melden/cijfers");
        checkPage("report-figures-phone");
    }

    @Test
    @DisplayName("a reload of the thank-you page and a second send of the same form store one report (post-redirect-get, once only)")
    void aReloadOrASecondSendStoresOneReport() {
        String description = "Fietsen op de stoep, " + java.util.UUID.randomUUID();
        open("/melden");
        String token = page.locator("#report-form input[name=onceToken]").inputValue();
        assertThat(page.locator("#report-form input[name=onceToken]")).not().hasValue("");
        page.locator("input[name=category][value=OTHER]").check();
        page.locator("#description").fill(description);
        page.locator("#report-form button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/melden/bedankt/[A-Z0-9]{8}$"));
        String thanks = page.url();
        String code = page.locator("[data-testid=tracking-code]").textContent().trim();
        checkPage("report-thanks");

        page.reload();
        assertThat(page.locator("[data-testid=tracking-code]")).hasText(code);
        // back to the form and send it again with the same token, as a browser that keeps the form (or a double tap) does
        page.goBack();
        page.locator("#report-form").waitFor();
        page.locator("#report-form input[name=onceToken]").evaluate("(input, token) => input.value = token", token);
        page.locator("input[name=category][value=OTHER]").check();
        page.locator("#description").fill(description);
        page.locator("#report-form button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/melden/bedankt/[A-Z0-9]{8}$"));
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(thanks);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from report where description = ?")
                .param(description).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("'use my location' offers the facilities nearby without choosing one, says what it found, and the choice must be made")
    void useMyLocationLeavesTheChoiceToTheReporter() {
        double[] point = jdbc.sql("select lon, lat from facility where name = 'Skaeve Huse Kerkeplaat'")
                .query((rs, n) -> new double[] {rs.getDouble("lon"), rs.getDouble("lat")}).single();
        context.grantPermissions(java.util.List.of("geolocation"));
        context.setGeolocation(new com.microsoft.playwright.options.Geolocation(point[1] + 0.0002, point[0] + 0.0002));
        page.setViewportSize(390, 844);
        open("/melden");
        String description = "Geluid bij de ingang, " + java.util.UUID.randomUUID();
        page.locator("#description").fill(description);
        page.locator("#use-location").click();
        assertThat(page.locator("[data-testid=use-location-status]")).containsText("Uw locatie is gebruikt");
        assertThat(page.locator("#nearby-choice")).containsText("Skaeve Huse Kerkeplaat");
        // the facility is offered, not chosen: no radio button is checked, and what was typed is still there
        assertThat(page.locator("input[name=nearby]:checked")).hasCount(0);
        assertThat(page.locator("#description")).hasValue(description);
        checkPage("report-use-location");
        page.locator("input[name=category][value=NOISE]").check();
        page.locator("#report-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Kies of uw melding over een voorziening in de buurt gaat");
        assertThat(page.locator("input[name=nearby]:checked")).hasCount(0);
        checkPage("report-use-location-refused");
        page.locator("#nearby-choice input[name=nearby]").first().check();
        page.locator("#report-form button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/melden/bedankt/[A-Z0-9]{8}$"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select f.name from report r join facility f on f.id = r.facility_id where r.description = ?""")
                .param(description).query(String.class).single()).isEqualTo("Skaeve Huse Kerkeplaat");
    }

    @Test
    @DisplayName("'use my location' says in English when permission is denied and when nothing is nearby")
    void useMyLocationSaysWhatHappenedInEnglish() {
        open("/melden?lang=en");
        page.locator("#use-location").click();
        assertThat(page.locator("[data-testid=use-location-status]")).containsText("You did not give permission");
        checkPage("report-use-location-denied-en");

        context.grantPermissions(java.util.List.of("geolocation"));
        context.setGeolocation(new com.microsoft.playwright.options.Geolocation(51.70, 4.40));
        page.locator("#use-location").click();
        assertThat(page.locator("[data-testid=use-location-status]")).containsText("There is no facility within 300 metres");
        assertThat(page.locator("input[name=nearby]")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Uw locatie");
    }
}
