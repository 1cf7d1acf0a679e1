package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The region map on the home page")
class RegionMapBrowserTest extends BrowserTestSupport {

    private Locator loadedMap() {
        open("/");
        Locator map = page.locator("#region-map[data-loaded]");
        map.waitFor();
        assertThat(map.getAttribute("data-loaded")).as("map load state").isEqualTo("true");
        return map;
    }

    @Test
    @DisplayName("draws every neighbourhood of the region as a polygon, without background tiles")
    void drawsEveryNeighbourhoodOfTheRegionAsAPolygon() {
        Locator map = loadedMap();

        assertThat(Integer.parseInt(map.getAttribute("data-areas"))).isGreaterThan(300);
        assertThat(map.locator("path.leaflet-interactive").count()).isGreaterThan(300);
        assertThat(map.locator("img.leaflet-tile")).hasCount(0);
        // The zoom buttons speak the page's language, not Leaflet's English.
        assertThat(map.locator(".leaflet-control-zoom-in")).hasAttribute("aria-label", "Inzoomen");
        assertThat(map.locator(".leaflet-control-zoom-out")).hasAttribute("aria-label", "Uitzoomen");
    }

    @Test
    @DisplayName("clicking a neighbourhood polygon opens the key figures of that neighbourhood")
    void clickingANeighbourhoodPolygonOpensItsKeyFigures() {
        Locator map = loadedMap();
        map.scrollIntoViewIfNeeded();
        Locator polygon = map.locator("path.leaflet-interactive[data-code^='BU0505']").first();
        String code = polygon.getAttribute("data-code");

        // A point inside the polygon that no other layer covers (the centre of the box may lie outside it).
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) polygon.evaluate("""
                path => {
                  const box = path.getBoundingClientRect();
                  for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
                    for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
                      const x = box.left + box.width * fx, y = box.top + box.height * fy;
                      if (document.elementFromPoint(x, y) === path) return [x, y];
                    }
                  }
                  return null;
                }""");
        assertThat(point).as("a visible point of " + code).isNotNull();
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());

        assertThat(page).hasURL(Pattern.compile("/gebieden/" + code + "$"));
        // names, not codes: the neighbourhood in its municipality, its outline on a map, compared with municipality and region
        assertThat(page.locator("h1")).containsText("buurt, gemeente Dordrecht");
        assertThat(page.locator("main").innerText()).doesNotContainPattern("\\b(GM|WK|BU)\\d{4}");
        assertThat(page.locator("#figures tbody tr").first()).isVisible();
        assertThat(page.locator("#figures thead")).containsText("Gemeente Dordrecht");
        assertThat(page.locator("#figures thead")).containsText("Regio Drechtsteden/Alblasserwaard");
        assertThat(page.locator("#figures [data-figure=meestVoorkomendePostcode]")).hasCount(0);
        page.locator("#area-map[data-loaded=true]").waitFor();
        page.locator("#area-map[data-outlines]").waitFor();
        checkPage("area-neighbourhood");
    }

    @Test
    @DisplayName("the municipality table links to the key figures of each municipality")
    void theMunicipalityTableLinksToTheKeyFiguresOfEachMunicipality() {
        open("/");
        Locator table = page.locator("#municipality-table");
        assertThat(table.locator("tbody tr")).hasCount(9);

        table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dordrecht").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile("/gebieden/GM0505$"));
        assertThat(page.locator("h1")).containsText("Dordrecht");
        assertThat(page.locator("#figures [data-figure=aantalInwoners] td").first()).hasText("121.434");
        // Years are years, not amounts: no thousands separator.
        assertThat(page.locator("main")).containsText("Kerncijfers van het CBS, 2023.");
        assertThat(page.locator("#figures [data-figure=aantalInwoners] td").last()).hasText("CBS 2023");
        // the region's inhabitants: the sum over its nine municipalities, more than Dordrecht alone
        String region = page.locator("#figures [data-figure=aantalInwoners] td").nth(1).innerText().replace(".", "");
        assertThat(Integer.parseInt(region)).isGreaterThan(121_434);
    }
}
