package nl.thuisbasis.trajectory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Clients and their trajectory through the use case: who may, what is refused, and what the processing log keeps. */
@SpringBootTest
class ClientsTest {

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    static ClientRules.Draft draft(String number) {
        // a generated test person
        return new ClientRules.Draft("Robin Testpersoon", LocalDate.of(1991, 7, 2), number, TargetHousing.TENANCY_WITH_CARE,
                "GM0505", "GM0505", null, null, "begeleider", null);
    }

    long log(String action, UUID id, String outcome) {
        return jdbc.sql("select count(*) from processing_log where action = ? and subject_ref = ? and outcome = ?")
                .params(action, processingLog.pseudonym("client", id.toString()), outcome).query(Long.class).single();
    }

    @Test
    void a_care_worker_registers_a_client_and_reads_the_trajectory_and_both_are_logged() {
        CurrentUser worker = user("begeleider");
        UUID id = clients.register(worker, draft("T-" + UUID.randomUUID().toString().substring(0, 8)));

        Clients.Overview overview = clients.overview(worker, id);
        assertThat(overview.client().phase()).isEqualTo(Phase.INTAKE);
        assertThat(overview.client().providerCode()).isEqualTo(worker.organisationCode());
        assertThat(overview.phases()).hasSize(1);
        assertThat(log("trajectory.client.register", id, "SUCCESS")).isEqualTo(1);
        assertThat(log("trajectory.client.read", id, "SUCCESS")).isEqualTo(1);
    }

    /**
     * The log keeps a client only as a pseudonym: no column of any of their rows holds their name, number, date of
     * birth or id (Logboek Dataverwerkingen; decision 0017), and the client overview finds the same rows by pseudonym.
     */
    @Test
    void the_log_rows_about_a_client_hold_no_personal_data_of_theirs() {
        CurrentUser worker = user("begeleider");
        String number = "T-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = clients.register(worker, new ClientRules.Draft("Ilse Vermeulen-Zwartkop", LocalDate.of(1987, 3, 14),
                number, TargetHousing.TENANCY_WITH_CARE, "GM0505", "GM0505", null, null, "begeleider", null));
        clients.overview(worker, id);
        assertThatThrownBy(() -> clients.overview(user("gemeente"), id)).isInstanceOf(Refused.class);

        java.util.List<String> rows = jdbc.sql("select row_to_json(p)::text from processing_log p where subject_ref = ?")
                .param(processingLog.pseudonym("client", id.toString())).query(String.class).list();

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row)
                .doesNotContainIgnoringCase("Vermeulen").doesNotContainIgnoringCase("Ilse").doesNotContain(number)
                .doesNotContain("1987-03-14").doesNotContain("14-03-1987").doesNotContain(id.toString()));
        assertThat(processingLog.ofSubject("client", id.toString(), 10)).hasSize(3)
                .extracting(nl.thuisbasis.audit.ProcessingLogEntry::action)
                .containsExactly("trajectory.client.read", "trajectory.client.read", "trajectory.client.register");
    }

    @Test
    void nobody_outside_the_provider_sees_a_client_and_each_refusal_is_logged() {
        UUID id = clients.register(user("begeleider"), draft("T-" + UUID.randomUUID().toString().substring(0, 8)));
        for (String other : new String[] {"gemeente", "corporatie", "regio", "beheerder"}) {
            assertThatThrownBy(() -> clients.overview(user(other), id)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
            assertThatThrownBy(() -> clients.caseload(user(other), new Clients.CaseloadQuery(null, null, false, null), PageQuery.of(null, null, 25, 100)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(log("trajectory.client.read", id, "FAILURE")).isEqualTo(4);
    }

    @Test
    void the_phase_moves_with_the_version_that_was_read() {
        CurrentUser worker = user("begeleider");
        UUID id = clients.register(worker, draft("T-" + UUID.randomUUID().toString().substring(0, 8)));
        LocalDate today = clients.today();
        clients.changePhase(worker, id, 0, Phase.IN_FACILITY, today, "Opgenomen in de opvang");
        assertThatThrownBy(() -> clients.changePhase(worker, id, 0, Phase.PREPARING_OUTFLOW, today, null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
        assertThatThrownBy(() -> clients.changePhase(worker, id, 1, Phase.IN_FACILITY, today, null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems()).extracting(Problem::field).containsExactly("phase"));
        Clients.Overview overview = clients.overview(worker, id);
        assertThat(overview.client().phase()).isEqualTo(Phase.IN_FACILITY);
        assertThat(overview.phases()).extracting(PhaseStep::phase).containsExactly(Phase.IN_FACILITY, Phase.INTAKE);
    }

    @Test
    void a_client_number_is_unique_per_provider_and_a_refused_registration_stores_nothing() {
        CurrentUser worker = user("begeleider");
        String number = "T-" + UUID.randomUUID().toString().substring(0, 8);
        clients.register(worker, draft(number));
        long before = jdbc.sql("select count(*) from trajectory_client").query(Long.class).single();
        assertThatThrownBy(() -> clients.register(worker, draft(number.toLowerCase()))).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.problems()).extracting(Problem::key).containsExactly("trajectory.client.problem.clientNumber.taken"));
        assertThat(jdbc.sql("select count(*) from trajectory_client").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_caseload_pages_in_sql_and_logs_each_client_shown() {
        CurrentUser worker = user("begeleider");
        for (int i = 0; i < 3; i++) {
            clients.register(worker, draft("C-" + UUID.randomUUID().toString().substring(0, 8)));
        }
        Clients.Caseload page = clients.caseload(worker, new Clients.CaseloadQuery("begeleider", null, false, null), PageQuery.of(1, 2, 2, 100));
        assertThat(page.clients()).hasSize(2);
        assertThat(page.total()).isGreaterThanOrEqualTo(3);
        assertThat(log("trajectory.client.list", page.clients().getFirst().id(), "SUCCESS")).isPositive();
    }
}
