package nl.thuisbasis.trajectory.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.instrument.Instruments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Assessments of a client: two a month apart and the change; a new instrument version leaves the old one as it was. */
@SpringBootTest(properties = "thuisbasis.embedded-db.database=trajectory_assessments")
class AssessmentsTest {

    @Autowired
    Assessments assessments;

    @Autowired
    Clients clients;

    @Autowired
    Instruments instruments;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    UUID client() {
        return clients.register(user("begeleider"), new ClientRules.Draft("Jip Testpersoon", LocalDate.of(1988, 1, 20),
                "A-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.HOUSING_FIRST, "GM0505", null, null, null,
                "begeleider", null));
    }

    static Map<String, DomainScore> scores(int housing, int finances) {
        Map<String, DomainScore> scores = new LinkedHashMap<>();
        scores.put("HOUSING", new DomainScore(housing, 4, "Woont in de nachtopvang"));
        scores.put("FINANCES", new DomainScore(finances, 3, null));
        return scores;
    }

    @Test
    void two_assessments_a_month_apart_show_the_change_per_domain() {
        CurrentUser worker = user("begeleider");
        UUID client = client();
        LocalDate today = clients.today();
        assessments.record(worker, client, new Assessments.Draft(today.minusMonths(1), null, scores(1, 2)));
        assessments.record(worker, client, new Assessments.Draft(today, null, scores(3, 2)));

        Assessments.History history = assessments.history(worker, client);
        assertThat(history.assessments()).hasSize(2);
        assertThat(history.assessments().getFirst().periodFrom()).isEqualTo(today.minusMonths(1).minusDays(29));
        assertThat(history.changes()).filteredOn(c -> c.domain().equals("HOUSING")).singleElement()
                .satisfies(c -> assertThat(c.delta()).contains(2));
        assertThat(history.changes()).filteredOn(c -> c.domain().equals("FINANCES")).singleElement()
                .satisfies(c -> assertThat(c.delta()).contains(0));
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'trajectory.assessment.record' and subject_ref = ?")
                .param(processingLog.pseudonym("client", client.toString())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_new_version_changes_the_form_and_old_assessments_keep_their_own() {
        CurrentUser worker = user("begeleider");
        UUID client = client();
        assessments.record(worker, client, new Assessments.Draft(clients.today().minusDays(7), null, scores(2, 2)));
        assertThat(assessments.instrumentFor(worker, client).instrument().domains()).hasSize(14);

        StringBuilder csv = new StringBuilder("domain,domain_nl,domain_en,level,description_nl,description_en\n");
        for (String domain : new String[] {"HOUSING", "DAYTIME"}) {
            for (int level = 1; level <= 5; level++) {
                csv.append("%s,%s,%s,%d,Tekst %d,Text %d\n".formatted(domain, domain, domain, level, level, level));
            }
        }
        instruments.load(user("regio"), "drechtsteden-alblasserwaard", "regio-leefgebieden", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(assessments.instrumentFor(worker, client).instrument().domainCodes()).containsExactly("HOUSING", "DAYTIME");
        Map<String, DomainScore> next = Map.of("HOUSING", new DomainScore(3, 4, null));
        assessments.record(worker, client, new Assessments.Draft(clients.today(), null, next));
        // a domain of the old version is no part of the new one
        assertThatThrownBy(() -> assessments.record(worker, client, new Assessments.Draft(clients.today(), null, scores(3, 3))))
                .isInstanceOf(Refused.class);

        Assessments.History history = assessments.history(worker, client);
        assertThat(history.assessments().getFirst().instrument().domains()).hasSize(14);
        assertThat(history.assessments().getLast().instrument().code()).isEqualTo("regio-leefgebieden");
        assertThat(history.changes()).filteredOn(c -> c.domain().equals("HOUSING")).singleElement()
                .satisfies(c -> assertThat(c.delta()).contains(1));
    }

    @Test
    void only_the_provider_sees_or_records_assessments() {
        UUID client = client();
        for (String other : new String[] {"gemeente", "corporatie", "regio", "beheerder"}) {
            assertThatThrownBy(() -> assessments.history(user(other), client)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
        }
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'trajectory.client.assessment.read' "
                + "and subject_ref = ? and outcome = 'FAILURE'").param(processingLog.pseudonym("client", client.toString())).query(Long.class).single()).isEqualTo(4);
    }
}
