package nl.thuisbasis.facility.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.domain.FacilityColumns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import nl.thuisbasis.facility.layers.FacilityLayers;
import nl.thuisbasis.facility.FacilityRegisterChanged;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Importing and exporting facility spreadsheets")
class FacilityImportIntegrationTest {

    static final String PASSWORD = "Thuisbasis-demo-2026";
    static final String HEADER = String.join(",", FacilityColumns.HEADERS);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    FacilityLayers layers;

    private long count() {
        return jdbc.sql("select count(*) from facility").query(Long.class).single();
    }

    private MvcTestResult upload(String user, String name, byte[] bytes) {
        return mvc.post().uri("/api/v1/facility-imports").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    /** Each error as "regel 3, status: reason" (a row's problem: its position and column) or "name: reason". */
    private List<String> errorNames(MvcTestResult result) {
        List<String> names = new ArrayList<>();
        json.readTree(result.getResponse().getContentAsByteArray()).path("errors")
                .forEach(e -> names.add((e.has("position")
                        ? "regel " + e.path("position").asInt() + ", " + e.path("column").asString()
                        : e.path("name").asString()) + ": " + e.path("reason").asString()));
        return names;
    }

    static String row(String name, String provider, String lon, String status) {
        return String.join(",", name, "HOUSING_FIRST", "HOMELESS", provider, "Trivire", "Importstraat", "1", "3311AB",
                "Dordrecht", lon, "51.8115", "1", "UNITS", status, "", "", "", "ja", "", "", "nee", "nee", "nee");
    }

    @Test
    void a_csv_with_wrong_rows_is_refused_row_by_row_and_changes_nothing() {
        long before = count();
        String csv = HEADER + "\n"
                + row("Goed", "leger-des-heils", "4.6725", "IN_USE") + "\n"
                + row("Fout type", "leger-des-heils", "4.6725", "KAPOT") + "\n"
                + row("Buiten Nederland", "leger-des-heils", "40.1", "IN_USE") + "\n"
                + row("Onbekende aanbieder", "nergens", "4.6725", "IN_USE") + "\n"
                + row("Goed", "leger-des-heils", "4.6725", "IN_USE") + "\n";
        MvcTestResult result = upload("gemeente", "import.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        assertThat(errorNames(result)).hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("regel 3, status"))
                .anySatisfy(e -> assertThat(e).startsWith("regel 4, lengtegraad/breedtegraad"))
                .anySatisfy(e -> assertThat(e).startsWith("regel 5, zorgaanbieder"))
                .anySatisfy(e -> assertThat(e).startsWith("regel 6, naam").contains("regel 2"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_wrong_header_is_refused_before_any_row() {
        MvcTestResult result = upload("gemeente", "import.csv", "naam,kleur\nA,rood\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result).hasStatus(422);
        assertThat(errorNames(result)).anySatisfy(e -> assertThat(e).contains("kleur"))
                .anySatisfy(e -> assertThat(e).contains("postcode"));
    }

    @Test
    void a_provider_cannot_import_another_providers_facility() {
        long before = count();
        String csv = HEADER + "\n" + row("Van Yulius", "yulius", "4.6725", "IN_USE") + "\n";
        MvcTestResult result = upload("begeleider", "import.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result).hasStatus(422);
        assertThat(errorNames(result)).singleElement().asString().contains("eigen organisatie");
        assertThat(upload("corporatie", "import.csv", csv.getBytes(StandardCharsets.UTF_8))).hasStatus(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_file_over_the_row_or_size_limit_is_refused_with_a_clear_message() {
        long before = count();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= FacilityImport.MAX_ROWS; i++) {
            csv.append(row("Rij " + i, "leger-des-heils", "4.6725", "IN_USE")).append('\n');
        }
        MvcTestResult tooMany = upload("gemeente", "groot.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooMany).hasStatus(422);
        assertThat(errorNames(tooMany)).singleElement().asString().contains("meer dan 5000 regels");

        byte[] tooBig = new byte[FacilityImport.MAX_BYTES + 1];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        MvcTestResult big = upload("gemeente", "groot.csv", tooBig);
        assertThat(big).hasStatus(422);
        assertThat(errorNames(big)).singleElement().asString().contains("groter dan 5 MB");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_malformed_xlsx_is_refused_and_changes_nothing() throws Exception {
        long before = count();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < FacilityColumns.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(FacilityColumns.HEADERS.get(i));
            }
            String[] good = row("Excel-woning", "leger-des-heils", "4.6725", "IN_USE").split(",", -1);
            String[] bad = row("Excel-fout", "leger-des-heils", "veel", "IN_USE").split(",", -1);
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = r == 0 ? good : bad;
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        MvcTestResult result = upload("gemeente", "import.xlsx", xlsx);
        assertThat(result).hasStatus(422);
        assertThat(errorNames(result)).singleElement().asString().startsWith("regel 3, lengtegraad");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_xlsx_export_imports_again_into_a_register_without_those_facilities() throws Exception {
        MvcTestResult exported = mvc.get().uri("/api/v1/facility-exports?format=xlsx&municipality=GM0482")
                .with(httpBasic("beheerder", PASSWORD)).exchange();
        assertThat(exported).hasStatusOk();
        byte[] xlsx = exported.getResponse().getContentAsByteArray();
        List<Map<String, String>> before = jdbc.sql("select id from facility where municipality_code = 'GM0482' order by name")
                .query(java.util.UUID.class).list().stream().map(id -> jdbc.sql("select name from facility where id = ?")
                        .param(id).query(String.class).single()).map(n -> Map.of("naam", n)).toList();
        assertThat(before).isNotEmpty();
        List<String> rowsBefore = exportRows("GM0482");

        jdbc.sql("delete from facility where municipality_code = 'GM0482'").update();
        layers.on(new FacilityRegisterChanged("delete", before.size()));
        MvcTestResult imported = upload("beheerder", "voorzieningen.xlsx", xlsx);
        assertThat(imported).hasStatus(201);
        assertThat(json.readTree(imported.getResponse().getContentAsByteArray()).path("created").asInt()).isEqualTo(before.size());
        assertThat(exportRows("GM0482")).isEqualTo(rowsBefore);

        // importing the same file again finds every row already in the register
        MvcTestResult again = upload("beheerder", "voorzieningen.xlsx", xlsx);
        assertThat(again).hasStatus(422);
        assertThat(errorNames(again)).hasSize(before.size()).allSatisfy(e -> assertThat(e).contains("staat al in het register"));
    }

    private List<String> exportRows(String municipality) throws Exception {
        String csv = mvc.get().uri("/api/v1/facility-exports?format=csv&municipality=" + municipality)
                .with(httpBasic("beheerder", PASSWORD)).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().skip(1).sorted().toList();
    }
}
