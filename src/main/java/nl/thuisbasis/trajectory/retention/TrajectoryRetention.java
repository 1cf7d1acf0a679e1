package nl.thuisbasis.trajectory.retention;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.trajectory.TrajectoryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the personal data of trajectories closed longer ago than {@code thuisbasis.trajectory.retention-after-close}
 * (decision 0019, default two years), every night: the client with their phases, assessments, support plan, crisis
 * plan, readiness, consents (signed forms included) and the reports of access on vital interest. The processing log
 * keeps its own entries, under a pseudonym that now leads back to no one. Each run is one log entry with counts only.
 */
@Component
class TrajectoryRetention {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Every table with a client's data, children before their parents. */
    static final List<String> DELETES = List.of(
            "delete from life_domain_score where assessment_id in (select id from life_domain_assessment where client_id = any(?))",
            "delete from life_domain_assessment where client_id = any(?)",
            "delete from support_action where client_id = any(?)",
            "delete from support_evaluation where client_id = any(?)",
            "delete from support_goal where client_id = any(?)",
            "delete from crisis_plan_contact where client_id = any(?)",
            "delete from crisis_plan_risk where client_id = any(?)",
            "delete from crisis_plan_phase where client_id = any(?)",
            "delete from crisis_plan where client_id = any(?)",
            "delete from client_readiness where client_id = any(?)",
            "delete from client_consent where client_id = any(?)",
            "delete from vital_interest_access where client_id = any(?)",
            "delete from trajectory_phase where client_id = any(?)",
            "delete from trajectory_client where id = any(?)");

    private final JdbcClient jdbc;
    private final ProcessingLog log;
    private final TrajectoryProperties properties;

    TrajectoryRetention(JdbcClient jdbc, ProcessingLog log, TrajectoryProperties properties) {
        this.jdbc = jdbc;
        this.log = log;
        this.properties = properties;
    }

    @Scheduled(cron = "${thuisbasis.trajectory.retention-cron:0 45 3 * * *}")
    @Transactional
    public int removeClosedTrajectories() {
        return removeClosedBefore(LocalDate.now(ZONE).minus(properties.retentionAfterClose()));
    }

    /** Removes the trajectories closed before {@code day}; the number of clients removed. */
    int removeClosedBefore(LocalDate day) {
        UUID[] clients = jdbc.sql("select id from trajectory_client where phase = 'CLOSED' and phase_since < ?")
                .param(Date.valueOf(day)).query(UUID.class).list().toArray(UUID[]::new);
        int rows = 0;
        if (clients.length > 0) {
            for (String delete : DELETES) {
                rows += jdbc.sql(delete).param(clients).update();
            }
        }
        log.recordAs("systeem", null, Processing.of("trajectory.client.retention", null, null, "purpose.trajectory.retention",
                LegalBasis.OPERATION).withDetailsKey("trajectory.log.retention", clients.length, rows));
        return clients.length;
    }
}
