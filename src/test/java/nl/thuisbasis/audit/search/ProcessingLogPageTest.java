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

    @Test
    void a_request_with_a_traceparent_continues_that_trace_and_answers_with_its_own_span() throws Exception {
        String trace = "4bf92f3577b34da6a3ce929d0e0e" + UUID.randomUUID().toString().substring(0, 4);
        MvcTestResult result = mvc.get().uri("/beheer/logboek?actor=niemand")
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .with(user(users.loadUserByUsername("beheerder"))).exchange();

        assertThat(result).hasStatusOk();
        String answer = result.getResponse().getHeader("traceparent");
        assertThat(answer).matches("00-" + trace + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
        java.util.Map<String, Object> entry = jdbc.sql("select operation_id, parent_operation_id, started_at <= ended_at as "
                + "ordered, activity_code from processing_log where trace_id = ?").param(trace).query().singleRow();
        assertThat(entry.get("operation_id")).isEqualTo(answer.substring(36, 52));
        assertThat(entry.get("parent_operation_id")).isEqualTo("00f067aa0ba902b7");
        assertThat(entry.get("ordered")).isEqualTo(true);
        assertThat(entry.get("activity_code")).isEqualTo("log-supervision");
    }

    @Test
    void an_invalid_traceparent_is_ignored_and_a_new_trace_starts() throws Exception {
        for (String header : new String[] {"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", "rommel", "00-abc-def-01"}) {
            MvcTestResult result = mvc.get().uri("/beheer/logboek?actor=niemand").header("traceparent", header)
                    .with(user(users.loadUserByUsername("beheerder"))).exchange();
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                    .doesNotContain("4bf92f3577b34da6a3ce929d0e0e4736").doesNotStartWith("00-0000000000000000");
        }
        // also on a page that needs no login, and on the API
        assertThat(mvc.get().uri("/").exchange().getResponse().getHeader("traceparent")).isNotNull();
    }

    @Test
    void a_data_subject_is_found_by_kind_and_number_or_by_pseudonym_and_shown_by_pseudonym() throws Exception {
        String client = UUID.randomUUID().toString();
        String pseudonym = log.pseudonym("client", client);
        log.recordAs("zoeker", null, Processing.of("trajectory.client.read", "client", client, "Testen", LegalBasis.CARE));

        String byId = get("objectType=client&objectId=" + client).getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String byPseudonym = get("lang=en&subjectRef=" + pseudonym).getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(byId).contains("1 regel").contains("title=\"" + pseudonym + "\"").contains(pseudonym.substring(0, 12))
                .contains("Verwerking: Begeleiding van cliënten (trajecten)");
        // the number is what the admin typed in the form; the table of entries shows only the pseudonym
        assertThat(byId.substring(byId.indexOf("id=\"log\""))).doesNotContain(client);
        assertThat(byPseudonym).contains("title=\"" + pseudonym + "\"").contains("Supporting clients (trajectories)");
    }

    @Test
    void a_pseudonym_that_cannot_be_one_is_refused_at_its_field_in_dutch_and_english() throws Exception {
        MvcTestResult dutch = get("subjectRef=jan-jansen");
        MvcTestResult english = get("lang=en&subjectRef=1234");

        assertThat(dutch).hasStatus(422);
        assertThat(dutch.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Een pseudoniem bestaat uit 64 tekens").contains("href=\"#subjectRef\"")
                .containsPattern("id=\"subjectRef\"[^>]*aria-invalid=\"true\"");
        assertThat(english).hasStatus(422);
        assertThat(english.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("A pseudonym has 64 characters").doesNotContain("Een pseudoniem");
    }
}
