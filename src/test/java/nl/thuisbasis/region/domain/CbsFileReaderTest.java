package nl.thuisbasis.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.AreaLevel;
import org.junit.jupiter.api.Test;

class CbsFileReaderTest {

    private static final String TMAP_HEADER = "\"code\",\"name\",\"gemeentecode\",\"province\",\"urbanity\",\"population\","
            + "\"pop_0_14\",\"pop_15_24\",\"pop_25_44\",\"pop_45_64\",\"pop_65plus\",\"dwelling_total\",\"dwelling_value\","
            + "\"dwelling_ownership\",\"employment_rate\",\"income_low\",\"income_high\",\"edu_appl_sci\",\"area_km2\",\"lon\",\"lat\"\n";
    private static final String DORDRECHT_CENTRUM = "\"WK050501\",\"Wijk 01 Binnenstad\",\"GM0505\",\"Zuid-Holland\","
            + "\"extremely urbanised\",\"10080\",\"9\",\"12\",\"31\",\"27\",\"21\",\"6230\",\"250\",\"41\",\"60\",\"47.5\",\"15.1\","
            + "\"40\",\"1.41\",\"4.67\",\"51.81\"\n";

    private static CbsFile csv(String content, int year) throws IOException {
        return CbsFileReader.read("test.csv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), year,
                read -> { });
    }

    private static CbsFile geoJson(String content, int year, boolean repair) throws IOException {
        return CbsFileReader.read("test.geojson", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                year, repair, read -> { });
    }

    @Test
    void a_district_row_keeps_every_numeric_cbs_column_under_its_cbs_name() throws IOException {
        CbsFile file = csv(TMAP_HEADER + DORDRECHT_CENTRUM, 2022);

        assertThat(file.problems()).isEmpty();
        assertThat(file.shape()).isEqualTo(CbsShape.KWB_SELECTION);
        CbsRecord district = file.records().getFirst();
        assertThat(district.level()).isEqualTo(AreaLevel.DISTRICT);
        assertThat(district.municipalityCode()).isEqualTo("GM0505");
        assertThat(district.figures()).containsEntry("population", new java.math.BigDecimal("10080"))
                .containsEntry("income_low", new java.math.BigDecimal("47.5"))
                .doesNotContainKeys("name", "province", "urbanity", "code");
    }

    @Test
    void an_unknown_column_rejects_the_file_and_names_the_column() throws IOException {
        CbsFile file = csv(TMAP_HEADER.replace("\"income_high\"", "\"income_hi\"") + DORDRECHT_CENTRUM, 2022);

        assertThat(file.valid()).isFalse();
        assertThat(file.records()).isEmpty();
        assertThat(file.problems()).extracting(Problem::field).contains("income_hi");
    }

    @Test
    void a_file_without_recognisable_columns_is_rejected_as_a_whole() throws IOException {
        CbsFile file = csv("foo,bar\n1,2\n", 2022);

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(RegionTexts.dutch(p)).contains("onbekende kolomindeling");
            assertThat(RegionTexts.english(p)).contains("unknown column layout");
        });
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_no_record_is_kept() throws IOException {
        String rows = DORDRECHT_CENTRUM
                + DORDRECHT_CENTRUM.replace("WK050501", "WK05050X")
                + DORDRECHT_CENTRUM
                + DORDRECHT_CENTRUM.replace("WK050501", "WK050502").replace("\"10080\"", "\"veel\"");
        CbsFile file = csv(TMAP_HEADER + rows, 2022);

        assertThat(file.records()).isEmpty();
        assertThat(file.problems()).extracting(Problem::row, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "code"),
                        org.assertj.core.groups.Tuple.tuple(4, "code"),
                        org.assertj.core.groups.Tuple.tuple(5, "population"));
        assertThat(RegionTexts.dutch(file.problems().get(1))).contains("meer dan eens");
        assertThat(RegionTexts.dutch(file.problems().get(2))).contains("'veel' is geen getal");
        assertThat(RegionTexts.english(file.problems().get(2))).isEqualTo("'veel' is not a number");
        assertThat(file.areaCodeOf(file.problems().get(2))).isEqualTo("WK050502");
    }

    @Test
    void a_year_column_that_differs_from_the_chosen_year_is_an_error() throws IOException {
        String header = "gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar\n";
        CbsFile file = csv(header + "GM0505,Dordrecht,121434,56730,2023\n", 2024);

        assertThat(file.problems()).singleElement()
                .satisfies(p -> assertThat(RegionTexts.dutch(p)).contains("wijkt af van het gekozen jaar 2024"));
    }

    @Test
    void a_neighbourhood_whose_district_code_does_not_match_is_rejected() throws IOException {
        String header = "buurtcode,buurtnaam,wijkcode,gemeentecode,aantalInwoners\n";
        CbsFile file = csv(header + "BU05050101,Groenmarkt,WK064201,GM0505,815\n", 2023);

        assertThat(file.problems()).extracting(Problem::field).containsExactly("wijkcode");
    }

    private static final String SELF_INTERSECTING = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gemeentecode":"GM0505",
            "gemeentenaam":"Dordrecht","aantalInwoners":121434},"geometry":{"type":"Polygon","coordinates":
            [[[4.6,51.8],[4.7,51.9],[4.7,51.8],[4.6,51.9],[4.6,51.8]]]}}]}""";

    @Test
    void an_invalid_geometry_is_reported_with_its_feature() throws IOException {
        CbsFile file = geoJson(SELF_INTERSECTING, 2023, false);

        assertThat(file.records()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(file.areaCodeOf(p)).isEqualTo("GM0505");
            assertThat(RegionTexts.dutch(p)).startsWith("ongeldige geometrie");
            assertThat(RegionTexts.english(p)).startsWith("invalid geometry: self-intersection at (");
        });
    }

    @Test
    void an_invalid_geometry_is_repaired_and_reported_when_the_admin_asks_for_it() throws IOException {
        CbsFile file = geoJson(SELF_INTERSECTING, 2023, true);

        assertThat(file.problems()).isEmpty();
        assertThat(file.repairs()).singleElement().satisfies(p -> {
            assertThat(RegionTexts.dutch(p)).endsWith("(hersteld)");
            assertThat(RegionTexts.english(p)).endsWith("(repaired)");
        });
        assertThat(file.records().getFirst().geometry().isValid()).isTrue();
    }

    @Test
    void an_unreadable_geometry_is_rejected_even_when_repair_is_asked() throws IOException {
        String unclosed = SELF_INTERSECTING.replace("[4.6,51.9],[4.6,51.8]]]", "[4.6,51.9],[4.65,51.85]]]");
        CbsFile file = geoJson(unclosed, 2023, true);

        assertThat(file.problems()).singleElement()
                .satisfies(p -> assertThat(RegionTexts.dutch(p)).contains("niet gesloten"));
    }

    @Test
    void a_malformed_json_file_is_rejected_as_a_whole() throws IOException {
        CbsFile file = geoJson("{\"type\":\"FeatureCollection\",\"features\":[", 2023, false);

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(RegionTexts.english(p)).startsWith("the file is not valid JSON");
        });
    }

    @Test
    void every_problem_and_repair_has_a_dutch_and_an_english_text() throws IOException {
        String header = "buurtcode,buurtnaam,wijkcode,gemeentecode,aantalInwoners,jaar\n";
        String rows = "BU05050101,Groenmarkt,WK064201,GM0642,veel,2020\n"
                + ",Zonder code,WK050501,GM0505,1,2023\n"
                + "BU0505010X,Fout,WK050501,GM0505,1,2023\n"
                + "BU05050102,,WK050501,GM0505,1,2023\n"
                + "BU05050102,Dubbel,WK050501,GM0505,1,2023\n"
                + "BU05050103,Te kort,WK050501\n";
        List<Problem> problems = new java.util.ArrayList<>(csv(header + rows, 2023).problems());
        problems.addAll(csv("foo,bar\n1,2\n", 2023).problems());
        problems.addAll(csv("buurtcode,buurtnaam,wijkcode,gemeentecode,onzin\n", 2023).problems());
        problems.addAll(geoJson("{\"type\":\"Feature\"}", 2023, false).problems());
        problems.addAll(geoJson("""
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"gemeentecode":"GM0505","gemeentenaam":"A"},"geometry":null},
                {"type":"Feature","properties":{"gemeentecode":"GM0482","gemeentenaam":"B"},"geometry":{"type":"Line"}},
                {"type":"Feature","properties":{"gemeentecode":"GM0512","gemeentenaam":"C"},"geometry":{"type":"Polygon","coordinates":[]}},
                {"type":"Feature","properties":{"gemeentecode":"GM0523","gemeentenaam":"D"},"geometry":{"type":"Point","coordinates":["x",1]}},
                {"type":"Feature","properties":{"gemeentecode":"GM0531","gemeentenaam":"E"},"geometry":{"type":"Point","coordinates":[200,1]}}
                ]}""", 2023, false).problems());
        problems.addAll(geoJson(SELF_INTERSECTING, 2023, false).problems());
        problems.addAll(geoJson(SELF_INTERSECTING, 2023, true).repairs());

        assertThat(problems).extracting(Problem::key).contains("import.problem.district.mismatch",
                "import.problem.number", "import.problem.year", "import.problem.code.missing",
                "import.problem.code.neighbourhood", "import.problem.name.missing", "import.problem.code.duplicate",
                "import.problem.fields", "import.problem.layout", "import.problem.column.unknown",
                "import.problem.featureCollection", "import.geometry.missing", "import.geometry.type",
                "import.geometry.noRings", "import.geometry.coordinate", "import.geometry.outside",
                "import.problem.geometry", "import.repair.geometry");
        for (Problem problem : problems) {
            assertThat(RegionTexts.dutch(problem)).as(problem.key()).isNotBlank().doesNotContain("{", "}");
            assertThat(RegionTexts.english(problem)).as(problem.key()).isNotBlank().doesNotContain("{", "}")
                    .isNotEqualTo(RegionTexts.dutch(problem));
        }
        for (int type = 0; type <= 11; type++) {
            Problem kind = Problem.of("import.problem.geometry", Problem.label("import.geometry.error." + type), "(1, 2)");
            assertThat(RegionTexts.english(kind)).isNotEqualTo(RegionTexts.dutch(kind));
        }
    }

    @Test
    void the_shipped_neighbourhood_file_reads_without_problems() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/cbs/drechtsteden_buurten_2023.geojson")) {
            CbsFile file = CbsFileReader.read("drechtsteden_buurten_2023.geojson", in, 2023, true, read -> { });

            assertThat(file.problems()).isEmpty();
            assertThat(file.records()).hasSize(358);
            List<String> municipalities = file.records().stream().map(CbsRecord::municipalityCode).distinct().toList();
            assertThat(municipalities).containsExactlyInAnyOrder("GM0482", "GM0505", "GM0523", "GM0531", "GM0590",
                    "GM0610", "GM0642");
        }
    }
}
