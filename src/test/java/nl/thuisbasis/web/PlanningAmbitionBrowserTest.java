package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipal officer bids on the ambition: a wrong bid is refused at its fields and saves nothing, the right one is
 * saved once (a reload creates nothing), and the ambition page says where the bids fall short; the realisation page
 * shows a facility that went into use in the register as in use. Each page passes axe-core in Dutch, English and at
 * 390 px.
 */
@DisplayName("Planning: ambition, bids and realisation (municipal officer)")
class PlanningAmbitionBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private final int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() + 2;

    private long bids() {
        return jdbc.sql("select count(*) from planning_bid").query(Long.class).single();
    }

    @Test
    @DisplayName("a bid, wrong then right, once; the shortfall on the ambition page; axe-core NL, EN, 390 px")
    void bidAndShortfall() {
        jdbc.sql("delete from planning_bid where municipality_code = 'GM0505' and housing_type = 'SKAEVE_HUSE' and year = ?")
                .param(year).update();
        logIn("gemeente");
        open("/planning/biedingen/nieuw");
        checkPage("planning-bid-new");
        long before = bids();
        page.locator("#places").fill("-3");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary li")).hasCount(3);
        assertThat(page.locator("#places-error")).isVisible();
        assertThat(bids()).isEqualTo(before);
        checkPage("planning-bid-errors");

        page.locator("#housingType").selectOption("SKAEVE_HUSE");
        page.locator("#year").selectOption(Integer.toString(year));
        page.locator("#places").fill("2");
        page.locator("#note").fill("Twee units in Dordrecht");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=saved]").waitFor();
        assertThat(page.url()).contains("/planning/biedingen?");
        assertThat(bids()).isEqualTo(before + 1);
        page.reload();
        page.locator("[data-testid=saved]").waitFor();
        assertThat(bids()).isEqualTo(before + 1);
        assertThat(page.locator("#bids")).containsText("Twee units in Dordrecht");
        checkPage("planning-bids");

        open("/planning/ambitie?jaar=" + year + "&type=SKAEVE_HUSE");
        assertThat(page.locator("#ambition tr[data-type=SKAEVE_HUSE] [data-testid=status]")).containsText("Tekort: 10 plekken");
        assertThat(page.locator("#fair-shares tr[data-municipality=GM0505]")).containsText("2");
        assertThat(page.locator("#ambition tr[data-type=SKAEVE_HUSE] a").nth(1)).hasAttribute("href",
                java.util.regex.Pattern.compile(".*/planning/biedingen\\?type=SKAEVE_HUSE&jaar=" + year));
        checkPage("planning-ambition");
        open("/planning/ambitie?jaar=" + year + "&type=SKAEVE_HUSE&lang=en");
        assertThat(page.locator("#ambition")).containsText("Short: 10 places");
        checkPage("planning-ambition-en");
        page.setViewportSize(390, 844);
        checkPage("planning-ambition-en-390");
        open("/planning/ambitie?jaar=" + year + "&type=SKAEVE_HUSE&lang=nl");
        checkPage("planning-ambition-390");
    }

    @Test
    @DisplayName("a facility taken into use in the register shows its planned item in use; axe-core NL, EN, 390 px")
    void realisationFollowsTheRegister() {
        logIn("gemeente");
        APIResponse facility = api("POST", "gemeente", "/api/v1/facilities", """
                {"name": "Browsertest Housing First", "type": "HOUSING_FIRST", "targetGroups": ["HOMELESS"], "providerCode": "leger-des-heils",
                 "street": "Testweg", "houseNumber": "21", "postcode": "3311 ab", "place": "Dordrecht",
                 "lon": 4.6725, "lat": 51.8115, "capacity": 3, "capacityUnit": "UNITS", "status": "BEING_REALISED", "contracted": true}""");
        assertThat(facility.status()).isEqualTo(201);
        String facilityId = JsonMapper.builder().build().readTree(facility.body()).path("id").asString();
        APIResponse item = api("POST", "regio", "/api/v1/planning/realisation", """
                {"municipality": "GM0505", "housingType": "HOUSING_FIRST", "concept": "Browsertest Housing First", "places": 3,
                 "plannedHalfYear": "%d-1", "facilityId": "%s"}""".formatted(year, facilityId));
        assertThat(item.status()).isEqualTo(201);
        String itemId = JsonMapper.builder().build().readTree(item.body()).path("id").asString();
        open("/planning/realisatie");
        assertThat(page.locator("tr[data-item='" + itemId + "'] [data-testid=stage]")).containsText("In aanbouw");
        assertThat(api("PUT", "gemeente", "/api/v1/facilities/" + facilityId, """
                {"name": "Browsertest Housing First", "type": "HOUSING_FIRST", "targetGroups": ["HOMELESS"], "providerCode": "leger-des-heils",
                 "street": "Testweg", "houseNumber": "21", "postcode": "3311 ab", "place": "Dordrecht",
                 "lon": 4.6725, "lat": 51.8115, "capacity": 3, "capacityUnit": "UNITS", "status": "IN_USE", "contracted": true,
                 "version": 0}""").status()).isEqualTo(200);
        open("/planning/realisatie");
        assertThat(page.locator("tr[data-item='" + itemId + "'] [data-testid=stage]")).containsText("In gebruik");
        assertThat(page.locator("[data-testid=slipped]")).isVisible();
        checkPage("planning-realisation");
        open("/planning/realisatie?lang=en");
        assertThat(page.locator("tr[data-item='" + itemId + "'] [data-testid=stage]")).containsText("In use");
        checkPage("planning-realisation-en");
        page.setViewportSize(390, 844);
        checkPage("planning-realisation-en-390");
        open("/planning/realisatie/nieuw?lang=nl");
        checkPage("planning-item-new-390");
        open("/planning/toezeggingen");
        checkPage("planning-commitments-390");
    }

    private APIResponse api(String method, String user, String path, String body) {
        RequestOptions options = RequestOptions.create().setMethod(method)
                .setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .setHeader("Content-Type", "application/json").setData(body);
        return page.request().fetch(path, options);
    }
}
