package nl.thuisbasis.audit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class ProcessingLogPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProcessingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MvcTestResult get(String query) {
        return mvc.get().uri("/beheer/logboek?" + query).with(user(users.loadUserByUsername("beheerder"))).exchange();
    }

    private long searchesLogged() {
        return jdbc.sql("select count(*) from processing_log where actor = 'beheerder' and object_type = 'processing-log'")
                .query(Long.class).single();
    }

    @Test
    void filters_that_cannot_be_read_are_shown_at_their_fields_in_english_and_nothing_is_searched() throws Exception {
        long before = searchesLogged();

        MvcTestResult result = get("lang=en&from=31-02-2026&to=2026-01-01&actor=iemand");

        assertThat(result).hasStatus(422);
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Not searched").contains("Enter a date as day-month-year")
                .doesNotContain("Vul een datum", "Niet gezocht")
                .contains("href=\"#from\"")
                .containsPattern("id=\"from\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"from\"[^>]*aria-describedby=\"from-error\"")
                .contains("id=\"from-error\"")
                .contains("value=\"31-02-2026\"")
                .doesNotContain("id=\"log\"");
        assertThat(searchesLogged()).isEqualTo(before);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_at_the_end_date() throws Exception {
        MvcTestResult result = get("lang=en&from=2026-03-01&to=2026-02-01");

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("The date &#39;up to and including&#39; lies before the date &#39;from&#39; (1 Mar 2026).")
                .contains("href=\"#to\"").containsPattern("id=\"to\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void details_the_system_wrote_as_a_key_read_in_the_readers_language() throws Exception {
        String actor = "test-" + UUID.randomUUID().toString().substring(0, 8);
        log.recordAs(actor, null, Processing.of("CBS_IMPORT", "cbs-bestand", "x.csv", "Testen", LegalBasis.OPEN_DATA)
                .failedBecause("import.log.failed", 3));

        String dutch = get("actor=" + actor).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String english = get("lang=en&actor=" + actor).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(dutch).contains("<span>mislukt</span><span>: 3 fouten; niets gewijzigd</span>").contains("Geen persoonsgegevens (CBS open data)");
        assertThat(english).contains("<span>failed</span><span>: 3 errors; nothing changed</span>").contains("No personal data (CBS open data)")
                .doesNotContain("fouten", "mislukt", "Geen persoonsgegevens");
    }

    @Test
    void the_log_is_paged_in_the_database() throws Exception {
        String actor = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            log.recordAs(actor, null, Processing.of("READ", "testobject", "p" + i, "Testen", LegalBasis.OPERATION));
        }

        MvcTestResult first = get("actor=" + actor + "&pageSize=2");
        MvcTestResult second = get("actor=" + actor + "&pageSize=2&page=2");

        assertThat(first).hasStatusOk();
        assertThat(first.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("3 regels (nieuwste eerst), pagina 1 van 2")
                .contains("testobject p2").contains("testobject p1").doesNotContain("testobject p0")
                .contains("rel=\"next\"");
        assertThat(second.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("testobject p0").contains("rel=\"prev\"");
        assertThat(get("pageSize=0")).hasStatus(400);
    }

    @Test
    void actions_and_kinds_of_record_read_as_words_and_are_chosen_from_a_list() throws Exception {
        get("lang=nl");   // logs a search of the log itself, so the log holds at least that action
        String html = get("lang=en&action=READ").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).containsPattern("<select[^>]*id=\"action\"").containsPattern("<select[^>]*id=\"objectType\"")
                .containsPattern("<option value=\"READ\" selected=\"selected\">Read</option>")
                .contains("<td class=\"utrecht-table__cell\">Read</td>")
                .contains("Processing log").doesNotContain(">processing-log<").doesNotContain("Verwerkingenlogboek</td>");
    }
}
