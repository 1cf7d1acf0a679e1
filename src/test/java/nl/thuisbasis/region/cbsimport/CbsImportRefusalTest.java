package nl.thuisbasis.region.cbsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Refused uploads, on the page and through the API, in English: each problem at its field or row, nothing stored. */
@SpringBootTest
@AutoConfigureMockMvc
class CbsImportRefusalTest {

    private static final String HEADER = "gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    private long imports() {
        return jdbc.sql("select count(*) from cbs_import").query(Long.class).single();
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_upload_without_a_file_and_with_a_year_that_is_no_number_shows_both_at_their_fields_in_english()
            throws Exception {
        long before = imports();

        MvcTestResult result = mvc.post().uri("/beheer/cbs-import?lang=en").multipart()
                .file(new MockMultipartFile("file", "", "text/csv", new byte[0])).param("year", "twintig")
                .with(user(users.loadUserByUsername("beheerder"))).with(csrf()).exchange();

        assertThat(result).hasStatus(422);
        assertThat(html(result)).contains("Choose a file.").contains("Enter a whole number.")
                .doesNotContain("Kies een bestand", "Vul een", "Enter a year between")
                .contains("href=\"#file\"").contains("href=\"#year\"")
                .containsPattern("id=\"file\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"file-error file-hint\"")
                .containsPattern("id=\"year\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"year\"[^>]*aria-describedby=\"year-error year-hint\"")
                .contains("id=\"file-error\"").contains("id=\"year-error\"")
                .contains("value=\"twintig\"");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void a_year_that_is_no_number_is_the_only_problem_when_a_file_was_chosen() throws Exception {
        MvcTestResult result = mvc.post().uri("/beheer/cbs-import").multipart()
                .file(new MockMultipartFile("file", "x.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .param("year", "abc").with(user(users.loadUserByUsername("beheerder"))).with(csrf()).exchange();

        assertThat(result).hasStatus(422);
        assertThat(html(result)).contains("Vul een heel getal in.").doesNotContain("Kies een bestand.")
                .doesNotContain("href=\"#file\"");
    }

    @Test
    void a_year_out_of_range_is_refused_at_the_year() throws Exception {
        MvcTestResult result = mvc.post().uri("/beheer/cbs-import?lang=en").multipart()
                .file(new MockMultipartFile("file", "x.csv", "text/csv", (HEADER + "GM0505,Dordrecht,1,1,1800\n")
                        .getBytes(StandardCharsets.UTF_8))).param("year", "1800").param("repairGeometry", "true")
                .with(user(users.loadUserByUsername("beheerder"))).with(csrf()).exchange();

        assertThat(result).hasStatus(422);
        assertThat(html(result)).contains("Enter a year between 1990 and 2100.").contains("href=\"#year\"")
                .containsPattern("id=\"repairGeometry\"[^>]*checked");
    }

    @Test
    void a_rejected_file_is_explained_row_by_row_in_english_through_the_api() {
        String before = jdbc.sql("select md5(string_agg(code || name, ',' order by code)) from area")
                .query(String.class).single();

        MvcTestResult result = mvc.post().uri("/api/v1/cbs-imports").param("year", "2021").header("Accept-Language", "en")
                .multipart().file(new MockMultipartFile("file", "fout.csv", "text/csv", (HEADER
                        + "GM05X5,Nergens,1,1,2021\n" + "GM0642,Zwijndrecht,veel,20515,2020\n")
                        .getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("beheerder", "Thuisbasis-demo-2026")).exchange();

        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("code").asString()).isEqualTo("import-rejected");
        assertThat(problem.path("title").asString()).isEqualTo("Import rejected");
        assertThat(problem.path("errors")).hasSize(3);
        JsonNode code = problem.path("errors").get(0);
        assertThat(code.path("position").asInt()).isEqualTo(2);
        assertThat(code.path("column").asString()).isEqualTo("gemeentecode");
        assertThat(code.path("code").asString()).isEqualTo("import.problem.code.municipality");
        assertThat(code.path("reason").asString())
                .isEqualTo("'GM05X5' is not a valid CBS code (expected GM followed by 4 digits)");
        assertThat(problem.path("errors").get(1).path("reason").asString())
                .isEqualTo("year 2020 differs from the chosen year 2021");
        assertThat(problem.path("errors").get(2).path("reason").asString()).isEqualTo("'veel' is not a number");
        assertThat(problem.toString()).doesNotContain("geen", "wijkt af");
        assertThat(jdbc.sql("select md5(string_agg(code || name, ',' order by code)) from area").query(String.class)
                .single()).isEqualTo(before);
    }

    @Test
    void bad_parameters_and_unknown_imports_keep_their_api_statuses_in_english() {
        MvcTestResult year = mvc.post().uri("/api/v1/cbs-imports").param("year", "1800").header("Accept-Language", "en")
                .multipart().file(new MockMultipartFile("file", "x.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("beheerder", "Thuisbasis-demo-2026")).exchange();
        MvcTestResult unknown = mvc.get().uri("/api/v1/cbs-imports/00000000-0000-0000-0000-000000000001")
                .header("Accept-Language", "en").with(httpBasic("beheerder", "Thuisbasis-demo-2026")).exchange();
        MvcTestResult malformed = mvc.get().uri("/api/v1/cbs-imports/geen-id")
                .with(httpBasic("beheerder", "Thuisbasis-demo-2026")).exchange();

        assertThat(year).hasStatus(400);
        JsonNode yearProblem = json.readTree(year.getResponse().getContentAsByteArray());
        assertThat(yearProblem.path("code").asString()).isEqualTo("bad-request");
        assertThat(yearProblem.path("detail").asString()).isEqualTo("Parameter 'year' must be a year.");
        assertThat(yearProblem.path("errors").get(0).path("name").asString()).isEqualTo("year");
        assertThat(unknown).hasStatus(404);
        assertThat(json.readTree(unknown.getResponse().getContentAsByteArray()).path("detail").asString())
                .isEqualTo("Import 00000000-0000-0000-0000-000000000001 is unknown.");
        assertThat(malformed).hasStatus(404).hasContentType("application/problem+json");
    }
}
