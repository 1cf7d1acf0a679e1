package nl.thuisbasis.audit.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
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

/** The register of processing activities: the admin's list, a change as a new version, its refusals; the API. */
@SpringBootTest(properties = "thuisbasis.embedded-db.database=audit_register")
@AutoConfigureMockMvc
class RegisterPageTest {

    static final String PAGE = "/beheer/verwerkingsregister";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessingLog log;

    MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername("beheerder"))).exchange();
    }

    MvcTestResult post(String code, String version, String retention, String nameNl, String lang) {
        return mvc.post().uri(PAGE + "/" + code + (lang == null ? "" : "?lang=" + lang))
                .with(user(users.loadUserByUsername("beheerder"))).with(csrf())
                .param("version", version).param("nameNl", nameNl).param("nameEn", "Siting of facilities")
                .param("purposeNl", "Initiatieven en scans vastleggen.").param("purposeEn", "Recording initiatives and scans.")
                .param("legalBasis", "AVG art. 6 lid 1 sub e; Wmo 2015").param("dataCategories", "Initiatieven, scans")
                .param("dataSubjects", "Medewerkers").param("retentionMonths", retention).exchange();
    }

    static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_admin_sees_every_activity_by_name_in_dutch_and_english() throws Exception {
        assertThat(get(PAGE)).hasStatusOk();
        assertThat(html(get(PAGE))).contains("Verwerkingsregister").contains("Begeleiding van cliënten (trajecten)")
                .contains("180 maanden").contains("href=\"/beheer/verwerkingsregister/trajectory-care\"");
        assertThat(html(get(PAGE + "?lang=en"))).contains("Register of processing activities")
                .contains("Supporting clients (trajectories)").contains("180 months").doesNotContain("maanden");
        assertThat(html(get(PAGE + "/trajectory-consent"))).contains("Toestemmingen van cliënten")
                .contains("trajectory.client.consent").contains("Versie 1");
        assertThat(get(PAGE + "/bestaat-niet")).hasStatus(404);
        assertThat(get(PAGE + "/NietGoed")).hasStatus(404);
    }

    @Test
    void a_change_is_a_new_version_that_later_log_entries_run_under() throws Exception {
        MvcTestResult saved = post("siting", "1", "60", "Spreiding en locatiekeuze (gewijzigd)", null);

        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(PAGE + "/siting?opgeslagen");
        assertThat(html(get(PAGE + "/siting?opgeslagen"))).contains("Opgeslagen als versie 2.")
                .contains("Spreiding en locatiekeuze (gewijzigd)").contains("60 maanden");
        assertThat(jdbc.sql("select count(*) from processing_activity where code = 'siting'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'audit.register.change' and object_id = 'siting'")
                .query(Long.class).single()).isEqualTo(1);

        log.recordAs("tester", null, Processing.of("siting.scan.save", "scan", "s-1", "Testen", LegalBasis.OPERATION));
        assertThat(jdbc.sql("select activity_version from processing_log where action = 'siting.scan.save' and object_id = 's-1'")
                .query(Integer.class).single()).isEqualTo(2);

        // the same version read again: someone changed it since
        MvcTestResult stale = post("siting", "1", "24", "Iets anders", null);
        assertThat(stale).hasStatus(409);
        assertThat(html(stale)).contains("intussen gewijzigd (nu versie 2)").contains("value=\"Iets anders\"")
                .containsPattern("name=\"version\" value=\"2\"");
    }

    @Test
    void wrong_entries_are_shown_at_their_fields_in_dutch_and_english_and_nothing_is_saved() throws Exception {
        long before = jdbc.sql("select count(*) from processing_activity where code = 'oversight'").query(Long.class).single();

        MvcTestResult dutch = post("oversight", "1", "0", " ", null);
        MvcTestResult english = post("oversight", "1", "twaalf", "Toezicht", "en");

        assertThat(dutch).hasStatus(422);
        assertThat(html(dutch)).contains("Niet opgeslagen").contains("href=\"#nameNl\"").contains("Vul dit in.")
                .contains("Een bewaartermijn ligt tussen 1 en 1.200 maanden.")
                .containsPattern("id=\"retentionMonths\"[^>]*aria-invalid=\"true\"");
        assertThat(english).hasStatus(422);
        assertThat(html(english)).contains("Not saved").contains("href=\"#retentionMonths\"").doesNotContain("Vul dit in");
        assertThat(jdbc.sql("select count(*) from processing_activity where code = 'oversight'").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void the_api_gives_the_register_in_the_language_of_the_request() throws Exception {
        MvcTestResult list = mvc.get().uri("/api/v1/processing-activities").header("Accept-Language", "en")
                .with(user(users.loadUserByUsername("begeleider"))).exchange();
        assertThat(list).hasStatusOk();
        assertThat(html(list)).contains("\"code\":\"trajectory-care\"").contains("\"name\":\"Supporting clients (trajectories)\"")
                .contains("\"retentionMonths\":180").contains("\"actions\":[\"trajectory.client\"");

        MvcTestResult one = mvc.get().uri("/api/v1/processing-activities/security-logins")
                .with(user(users.loadUserByUsername("regio"))).exchange();
        assertThat(one).hasStatusOk();
        assertThat(html(one)).contains("\"name\":\"Inloggen en toegangsbeveiliging\"").contains("\"actions\":[\"LOGIN\"]");

        MvcTestResult missing = mvc.get().uri("/api/v1/processing-activities/bestaat-niet")
                .with(user(users.loadUserByUsername("regio"))).exchange();
        assertThat(missing).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/processing-activities").exchange()).hasStatus(401);
    }
}
