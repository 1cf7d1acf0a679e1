package nl.thuisbasis.region.cbsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
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

@SpringBootTest
@AutoConfigureMockMvc
class CbsImportIntegrationTest {

    private static final String PASSWORD = "Thuisbasis-demo-2026";
    private static final String HEADER = "gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MvcTestResult upload(String user, String fileName, String content, int year) {
        return mvc.post().uri("/api/v1/cbs-imports").param("year", Integer.toString(year))
                .multipart().file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    private String snapshot() {
        return jdbc.sql("""
                select md5(coalesce(string_agg(a.code || a.name || coalesce(a.geometry, ''), ',' order by a.code), ''))
                    || md5(coalesce((select string_agg(k.area_code || k.year || k.figures::text, ',' order by k.area_code, k.year)
                                     from key_figures k), ''))
                from area a
                """).query(String.class).single();
    }

    @Test
    void a_malformed_upload_changes_nothing_and_says_which_rows_are_wrong() {
        String before = snapshot();
        String content = HEADER
                + "GM0505,Dordrecht,121434,56731,2021\n"
                + "GM05X5,Nergens,1,1,2021\n"
                + "GM0642,Zwijndrecht,veel,20515,2021\n"
                + "GM0505,Dordrecht,1,1,2021\n";

        MvcTestResult result = upload("beheerder", "fout.csv", content, 2021);

        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("code").asString()).isEqualTo("import-rejected");
        assertThat(problem.path("errors")).hasSize(3);
        assertThat(problem.path("errors").get(0).path("position").asInt()).isEqualTo(3);
        assertThat(problem.path("errors").get(1).path("column").asString()).isEqualTo("aantalInwoners");
        assertThat(problem.path("errors").get(2).path("reason").asString()).contains("meer dan eens");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_wrong_column_is_rejected_and_nothing_changes() {
        String before = snapshot();

        MvcTestResult result = upload("beheerder", "kolom.csv", HEADER.replace("aantalHuishoudens", "huishoudens")
                + "GM0505,Dordrecht,121434,56730,2021\n", 2021);

        assertThat(result).hasStatus(422);
        assertThat(json.readTree(result.getResponse().getContentAsByteArray()).path("errors").toString())
                .contains("huishoudens");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void reimporting_a_year_updates_the_figures_in_place() {
        assertThat(upload("beheerder", "gemeenten-2020.csv", HEADER + "GM0505,Dordrecht,119000,55000,2020\n", 2020))
                .hasStatus(201);
        long rows = jdbc.sql("select count(*) from key_figures").query(Long.class).single();

        MvcTestResult again = upload("beheerder", "gemeenten-2020.csv", HEADER + "GM0505,Dordrecht,119500,55100,2020\n",
                2020);

        assertThat(again).hasStatus(201);
        assertThat(jdbc.sql("select count(*) from key_figures").query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("select (figures->>'aantalHuishoudens')::int from key_figures where area_code = 'GM0505' and year = 2020")
                .query(Integer.class).single()).isEqualTo(55100);
        assertThat(jdbc.sql("select name from area where code = 'GM0505'").query(String.class).single())
                .isEqualTo("Dordrecht");
        assertThat(jdbc.sql("""
                select count(*) from processing_log where action = 'CBS_IMPORT' and actor = 'beheerder'
                and object_id = 'gemeenten-2020.csv' and outcome = 'SUCCESS'
                """).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void only_admins_may_import() {
        String content = HEADER + "GM0505,Dordrecht,121434,56730,2021\n";

        assertThat(upload("gemeente", "x.csv", content, 2021)).hasStatus(403).hasContentType("application/problem+json");
        assertThat(upload("regio", "x.csv", content, 2021)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/cbs-imports").param("year", "2021").multipart()
                .file(new MockMultipartFile("file", "x.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .exchange()).hasStatus(401).hasContentType("application/problem+json");
        assertThat(upload("beheerder", "x.csv", content, 2021)).hasStatus(201);
    }

    @Autowired
    CbsImportRepository store;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void the_import_history_survives_a_restart_with_its_problems() {
        MvcTestResult result = upload("beheerder", "na-herstart.csv", HEADER + "GM05X5,Nergens,1,1,2021\n", 2021);
        assertThat(result).hasStatus(422);

        // a new service, as after a restart: nothing in memory, the history from the database
        CbsImportService restarted = new CbsImportService(store, processingLog, transaction, events);
        ImportJob job = restarted.recentJobs().stream().filter(j -> j.fileName().equals("na-herstart.csv")).findFirst()
                .orElseThrow(() -> new AssertionError("the import is not in the history after a restart"));
        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.startedBy()).isEqualTo("beheerder");
        assertThat(restarted.job(job.id())).isPresent();
        assertThat(restarted.job(job.id()).orElseThrow().problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.key()).isNotBlank());
        ImportJob restored = restarted.job(job.id()).orElseThrow();
        assertThat(restored.problems().stream().map(restored::areaCodeOf)).contains("GM05X5");
        restarted.destroy();
    }
}
