package nl.thuisbasis.trajectory.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.consent.Consents;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A trajectory closed longer ago than the retention period is removed with all its data; one closed more recently, or
 * still running, stays; the run is logged with counts only. Generated test persons only.
 */
@SpringBootTest
class TrajectoryRetentionTest {

    @Autowired
    TrajectoryRetention retention;

    @Autowired
    Clients clients;

    @Autowired
    Consents consents;

    @Autowired
    SupportPlans plans;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    UUID client(String name, LocalDate closedOn) {
        CurrentUser worker = (CurrentUser) users.loadUserByUsername("begeleider");
        UUID id = clients.register(worker, new ClientRules.Draft(name, LocalDate.of(1980, 1, 1),
                "RT-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
        plans.addGoal(worker, id, new SupportPlanRules.GoalDraft("FINANCES", "Schulden regelen", 4));
        LocalDate today = clients.today();
        consents.record(worker, id, new ConsentRules.Draft(EnumSet.of(ConsentRules.DataCategory.CONTACT), "trivire", null,
                ConsentRules.Purpose.AFTERCARE, today, today.plusMonths(1), ConsentRules.Evidence.VERBAL_WITH_WITNESS,
                "Getuige Test", false), null);
        if (closedOn != null) {
            jdbc.sql("update trajectory_client set phase = 'CLOSED', phase_since = ? where id = ?")
                    .params(java.sql.Date.valueOf(closedOn), id).update();
        }
        return id;
    }

    long rows(String table, UUID client) {
        return jdbc.sql("select count(*) from " + table + " where " + (table.equals("trajectory_client") ? "id" : "client_id")
                + " = ?").param(client).query(Long.class).single();
    }

    @Test
    void closed_long_ago_goes_with_all_its_data_the_rest_stays_and_the_log_has_counts_only() {
        LocalDate today = clients.today();
        UUID old = client("Oud Testpersoon", today.minusYears(3));
        UUID recent = client("Recent Testpersoon", today.minusMonths(3));
        UUID running = client("Lopend Testpersoon", null);
        int removed = retention.removeClosedBefore(today.minusYears(2));
        assertThat(removed).isGreaterThanOrEqualTo(1);
        for (String table : new String[] {"trajectory_client", "trajectory_phase", "support_goal", "client_consent"}) {
            assertThat(rows(table, old)).as(table + " of the old one").isZero();
            assertThat(rows(table, recent)).as(table + " of the recent one").isPositive();
            assertThat(rows(table, running)).as(table + " of the running one").isPositive();
        }
        String details = jdbc.sql("select details from processing_log where action = 'trajectory.client.retention' "
                + "order by id desc limit 1").query(String.class).single();
        assertThat(details).contains("trajectory.log.retention").doesNotContain("Oud Testpersoon").doesNotContain(old.toString());
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'trajectory.client.retention' and subject_ref is not null")
                .query(Long.class).single()).isZero();
    }
}
