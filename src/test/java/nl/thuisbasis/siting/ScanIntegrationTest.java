package nl.thuisbasis.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.siting.domain.IndicatorResult;
import nl.thuisbasis.siting.heatmap.Heatmap;
import nl.thuisbasis.siting.heatmap.Heatmaps;
import nl.thuisbasis.siting.scan.Candidate;
import nl.thuisbasis.siting.scan.ScanResult;
import nl.thuisbasis.siting.scan.Scans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@DisplayName("The capacity scan")
class ScanIntegrationTest {

    @Autowired
    Scans scans;

    @Autowired
    Heatmaps heatmaps;

    @Autowired
    Messages messages;

    @Autowired
    GeoLookup geo;

    @Autowired
    JsonMapper json;

    /** The shipped CBS 2023 neighbourhood file, read independently of the application's import. */
    private Map<String, JsonNode> shippedNeighbourhoods() throws Exception {
        JsonNode root = json.readTree(Files.readString(Path.of("src/main/resources/cbs/drechtsteden_buurten_2023.geojson")));
        Map<String, JsonNode> byCode = new HashMap<>();
        root.path("features").forEach(f -> byCode.put(f.path("properties").path("buurtcode").asString(), f.path("properties")));
        return byCode;
    }

    /** The shipped CBS 2022 district table, column by header name. */
    private Map<String, Map<String, String>> shippedDistricts() throws Exception {
        var lines = Files.readAllLines(Path.of("src/main/resources/cbs/nl_wijken_2022_kwb.csv"));
        String[] header = lines.getFirst().replace("\"", "").split(",");
        Map<String, Map<String, String>> byCode = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",", -1);
            if (cells.length != header.length) {
                continue; // names with commas; not needed for the districts tested here
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            byCode.put(row.get("code"), row);
        }
        return byCode;
    }

    private static double indicator(ScanResult result, String key) {
        return result.outcome().indicators().stream().filter(i -> i.key().equals(key)).findFirst()
                .map(IndicatorResult::value).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BU05050205", "BU05050900", "BU04820201", "BU06420108", "BU05900107"})
    void the_indicators_of_a_neighbourhood_are_its_shipped_cbs_figures(String code) throws Exception {
        var point = geo.interiorPoint(code).orElseThrow();
        ScanResult result = scans.scan(new Candidate(point.x, point.y, FacilityType.HOUSING_FIRST, 1, null));

        assertThat(result.area().code()).isEqualTo(code);
        JsonNode shipped = shippedNeighbourhoods().get(code);
        assertThat(indicator(result, "percentageEenpersoonshuishoudens"))
                .isEqualTo(shipped.path("percentageEenpersoonshuishoudens").asDouble());
        Map<String, String> district = shippedDistricts().get("WK" + code.substring(2, 8));
        assertThat(indicator(result, "income_low")).isEqualTo(Double.parseDouble(district.get("income_low")));
        assertThat(indicator(result, "dwelling_value")).isEqualTo(Double.parseDouble(district.get("dwelling_value")));
        assertThat(result.model().version()).isPositive();
        assertThat(result.outcome().drivers()).isNotEmpty();
    }

    @Test
    void a_large_shelter_next_to_the_kasperspad_shelter_weighs_heavier_than_a_housing_first_dwelling_in_a_quiet_street() {
        var kasperspad = geo.interiorPoint("BU05050205").orElseThrow();
        ScanResult busy = scans.scan(new Candidate(kasperspad.x, kasperspad.y, FacilityType.CRISIS_SHELTER, 40, null));
        var quiet = geo.interiorPoint("BU04820201").orElseThrow();
        ScanResult calm = scans.scan(new Candidate(quiet.x, quiet.y, FacilityType.HOUSING_FIRST, 1, null));

        assertThat(busy.outcome().strain()).isGreaterThan(calm.outcome().strain());
        assertThat(busy.facilitiesInRadius()).extracting(f -> f.name()).contains("Nacht- en crisisopvang Kromhout/Kasperspad")
                .doesNotContain("Opvang huiselijk geweld (geheim adres)");
    }

    @Test
    void a_point_outside_the_known_municipalities_is_refused_with_a_reason() {
        assertThatThrownBy(() -> scans.scan(new Candidate(2.0, 49.0, FacilityType.HOUSING_FIRST, 1, null)))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(messages.texts(refused.problems()))
                        .anySatisfy(text -> assertThat(text).contains("buiten")));
    }

    @Test
    void the_heatmap_scores_every_neighbourhood_of_the_region() {
        var heatmap = heatmaps.heatmap("drechtsteden-alblasserwaard", FacilityType.PROTECTED_HOUSING, 12);
        assertThat(heatmap.cells()).hasSizeGreaterThan(300);
        assertThat(heatmap.cells()).extracting(Heatmap.Cell::verdict).contains(
                nl.thuisbasis.siting.domain.Verdict.GREEN, nl.thuisbasis.siting.domain.Verdict.RED);
    }
}
