package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The facility map and table per role")
class FacilityLayersBrowserTest extends BrowserTestSupport {

    static final String SECRET_LEGER = "Opvang huiselijk geweld (geheim adres)";
    static final String SECRET_YULIUS = "(gegenereerd) Geheime opvang Zwijndrecht";

    private String mapPage(String query) {
        open("/voorzieningen/kaart" + query);
        page.locator("#facility-map[data-loaded=true]").waitFor();
        return page.content();
    }

    private List<String> tableIds(String query) {
        open("/voorzieningen/tabel" + query);
        List<String> ids = new ArrayList<>();
        for (Locator row : page.locator("#facility-table tbody tr, #area-table tbody tr").all()) {
            ids.add(row.getAttribute("data-id"));
        }
        return ids;
    }

    private List<String> mapIds() {
        List<String> ids = new ArrayList<>();
        for (Locator marker : page.locator("#facility-map path[data-id]").all()) {
            ids.add(marker.getAttribute("data-id"));
        }
        return ids;
    }

    @Test
    @DisplayName("the public sees postcode areas and publicly listed facilities, never a secret or an unlisted street")
    void thePublicSeesTheAggregatedLayer() {
        String html = mapPage("");
        assertThat(page.locator("[data-testid=layer]")).hasAttribute("data-layer", "PUBLIC");
        assertThat(page.locator("#facility-map path[data-kind=area]")).not().hasCount(0);
        assertThat(html).doesNotContain(SECRET_LEGER, SECRET_YULIUS, "Geheimstraat", "Sterrenburglaan");
        String table = String.join("", tableIds(""));
        assertThat(page.content()).contains("minder dan 3").doesNotContain(SECRET_LEGER, "Geheimstraat", "Sterrenburglaan");
        assertThat(table).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} sees the {1} layer")
    @CsvSource({"corporatie, PROVIDER", "begeleider, PROVIDER", "gemeente, SCAN", "regio, SCAN", "beheerder, SCAN"})
    @DisplayName("each role sees its own layer")
    void eachRoleSeesItsOwnLayer(String user, String layer) {
        logIn(user);
        String html = mapPage("");
        // without background tiles (as in these tests) the map still shows the municipal borders; facilities by category
        page.locator("#facility-map[data-outlines]").waitFor();
        assertThat(page.locator("#facility-map").getAttribute("data-outlines")).isNotEqualTo("error").isNotEqualTo("0");
        assertThat(page.locator("#facility-map path.tb-outline").count()).isGreaterThan(0);
        assertThat(page.locator("#facility-map path[data-category]").count()).isGreaterThan(0);
        assertThat(page.locator(".tb-legend__point--SHELTER")).hasCount(1);
        assertThat(page.locator("[data-testid=layer]")).hasAttribute("data-layer", layer);
        open("/voorzieningen/tabel");
        String table = page.content();
        switch (user) {
            case "corporatie" -> {
                assertThat(table).doesNotContain(SECRET_LEGER, SECRET_YULIUS, "Kasperspad 2", "Sterrenburglaan 40")
                        .contains("3311XV");
                assertThat(html).doesNotContain("Geheimstraat");
            }
            case "begeleider" -> assertThat(table).contains(SECRET_LEGER, "Geheimstraat 7").doesNotContain(SECRET_YULIUS);
            case "gemeente", "regio" -> assertThat(table).contains("Kasperspad 2").doesNotContain(SECRET_LEGER, SECRET_YULIUS);
            case "beheerder" -> assertThat(table).contains(SECRET_LEGER, SECRET_YULIUS);
            default -> throw new IllegalArgumentException(user);
        }
    }

    @Test
    @DisplayName("the map and the table show the same facilities for the same filters")
    void theMapAndTheTableAgree() {
        logIn("gemeente");
        for (String query : List.of("", "?municipality=GM0505", "?municipality=GM0505&type=HOUSING_FIRST",
                "?category=SHELTER&status=IN_USE", "?targetGroup=YOUNG_ADULTS", "?provider=yulius&municipality=GM0642")) {
            mapPage(query);
            String count = page.locator("[data-testid=count]").getAttribute("data-count");
            List<String> onMap = mapIds();
            List<String> inTable = tableIds(query);
            assertThat(page.locator("[data-testid=count]").getAttribute("data-count")).as(query).isEqualTo(count);
            assertThat(onMap).as(query).containsExactlyInAnyOrderElementsOf(inTable);
            assertThat(inTable).as(query).hasSize(Integer.parseInt(count));
        }
        // a filter narrows: Housing First in Dordrecht is the four named dwellings plus generated ones
        assertThat(tableIds("?municipality=GM0505&type=HOUSING_FIRST")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("the public map and table agree too, per postcode area")
    void thePublicMapAndTableAgree() {
        for (String query : List.of("", "?category=SHELTER", "?municipality=GM0505", "?municipality=GM0505&category=SHELTER")) {
            mapPage(query);
            List<String> onMap = mapIds();
            List<String> inTable = tableIds(query);
            assertThat(onMap).as(query).containsExactlyInAnyOrderElementsOf(inTable);
        }
    }

    @Test
    @DisplayName("a municipality officer registers a facility by typing the point and sees where it lies")
    void aMunicipalityRegistersAFacility() {
        logIn("gemeente");
        open("/voorzieningen/nieuw");
        waitForMapIfAny();
        page.locator("#name").fill("Browsertest kamertraining");
        page.locator("#type").selectOption("LIVING_TRAINING");
        page.locator("#providerCode").selectOption("yulius");
        page.locator("input[name=targetGroups][value=YOUNG_ADULTS]").check();
        page.locator("#street").fill("Voorstraat");
        page.locator("#houseNumber").fill("200");
        page.locator("#postcode").fill("3311 es");
        page.locator("#place").fill("Dordrecht");
        page.locator("#lon").fill("4,6640");
        page.locator("#lat").fill("51.8155");
        page.locator("#capacity").fill("6");
        page.locator("#status").selectOption("IN_USE");
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=facility-details]").waitFor();
        assertThat(page.locator("h1")).hasText("Browsertest kamertraining");
        // the neighbourhood by name, its code only in the link
        assertThat(page.locator("[data-testid=neighbourhood] a")).hasAttribute("href", java.util.regex.Pattern.compile("/gebieden/BU0505"));
        assertThat(page.locator("[data-testid=neighbourhood]")).not().containsText("BU0505");
        assertThat(page.content()).contains("3311ES");
        screenshot("facility-created");
        // remove it again, with the version shown, after the confirm step
        page.locator("[data-testid=delete-start] button[type=submit]").click();
        page.locator("[data-testid=delete-confirm]").waitFor();
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL("**/voorzieningen/kaart?verwijderd");
    }
}
