package nl.thuisbasis.trajectory.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.EvaluationDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.OutcomeDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of support plans: goals, their actions and the evaluation moments. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertGoal(UUID id, UUID client, UUID instrument, Integer startLevel, GoalDraft d, String by) {
        jdbc.sql("""
                insert into support_goal (id, client_id, domain_code, instrument_id, start_level, target_level, description,
                    status, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, client, d.domain().strip(), instrument, startLevel, d.targetLevel(), d.description().strip(),
                GoalStatus.OPEN.name(), by).update();
    }

    void insertAction(UUID id, UUID client, ActionDraft d, String by) {
        jdbc.sql("""
                insert into support_action (id, goal_id, client_id, description, owner_person, owner_partner, due_on, status,
                    created_by) values (?, ?::uuid, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.goalId().strip(), client, d.description().strip(), blank(d.ownerPerson()),
                blank(d.ownerPartner()), Date.valueOf(d.dueOn()), ActionStatus.PLANNED.name(), by).update();
    }

    void insertEvaluation(UUID id, UUID client, EvaluationDraft d, String by) {
        jdbc.sql("""
                insert into support_evaluation (id, client_id, planned_on, with_client, with_provider, with_wmo,
                    with_corporation, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, client, Date.valueOf(d.plannedOn()), d.withClient(), d.withProvider(), d.withWmo(),
                d.withCorporation(), by).update();
    }

    /** False when the version is no longer the one read (or the goal is not the client's). */
    boolean goalStatus(UUID client, UUID goal, int version, GoalStatus status) {
        return jdbc.sql("update support_goal set status = ?, version = version + 1 where id = ? and client_id = ? and version = ?")
                .params(status.name(), goal, client, version).update() == 1;
    }

    boolean actionStatus(UUID client, UUID action, int version, ActionStatus status, LocalDate today) {
        return jdbc.sql("""
                update support_action set status = ?, done_on = ?, version = version + 1
                where id = ? and client_id = ? and version = ?
                """).params(status.name(), status == ActionStatus.DONE ? Date.valueOf(today) : null, action, client, version)
                .update() == 1;
    }

    boolean outcome(UUID client, UUID evaluation, int version, OutcomeDraft d, String by) {
        return jdbc.sql("""
                update support_evaluation set held_on = ?, outcome = ?, scaling = ?, scaling_reason = ?, recorded_by = ?,
                    version = version + 1
                where id = ? and client_id = ? and version = ? and held_on is null
                """).params(Date.valueOf(d.heldOn()), d.outcome().strip(), d.scaling().name(), blank(d.scalingReason()), by,
                evaluation, client, version).update() == 1;
    }

    List<SupportPlans.Goal> goals(UUID client) {
        return jdbc.sql("""
                select id, domain_code, start_level, target_level, description, status, created_by, created_at, version
                from support_goal where client_id = ? order by created_at, id
                """).param(client).query((rs, row) -> new SupportPlans.Goal(rs.getObject("id", UUID.class),
                        rs.getString("domain_code"), (Integer) rs.getObject("start_level"), rs.getInt("target_level"),
                        rs.getString("description"), GoalStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                        rs.getInt("version"))).list();
    }

    List<SupportPlans.Action> actions(UUID client) {
        return jdbc.sql("""
                select id, goal_id, description, owner_person, owner_partner, due_on, status, done_on, version
                from support_action where client_id = ? order by due_on, created_at
                """).param(client).query((rs, row) -> new SupportPlans.Action(rs.getObject("id", UUID.class),
                        rs.getObject("goal_id", UUID.class), rs.getString("description"), rs.getString("owner_person"),
                        rs.getString("owner_partner"), rs.getDate("due_on").toLocalDate(),
                        ActionStatus.valueOf(rs.getString("status")), rs.getObject("done_on", LocalDate.class),
                        rs.getInt("version"))).list();
    }

    List<SupportPlans.Evaluation> evaluations(UUID client) {
        return jdbc.sql("select * from support_evaluation where client_id = ? order by planned_on, created_at")
                .param(client).query((rs, row) -> new SupportPlans.Evaluation(rs.getObject("id", UUID.class),
                        rs.getDate("planned_on").toLocalDate(), rs.getBoolean("with_client"), rs.getBoolean("with_provider"),
                        rs.getBoolean("with_wmo"), rs.getBoolean("with_corporation"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("outcome"), rs.getString("scaling") == null ? null : Scaling.valueOf(rs.getString("scaling")),
                        rs.getString("scaling_reason"), rs.getString("recorded_by"), rs.getInt("version"))).list();
    }

    /** Whether the client has a goal with this id (a failed change: stale when it has, unknown when not). */
    boolean hasGoal(UUID client, UUID goal) {
        return jdbc.sql("select count(*) from support_goal where id = ? and client_id = ?").params(goal, client)
                .query(Long.class).single() > 0;
    }

    boolean hasAction(UUID client, UUID action) {
        return jdbc.sql("select count(*) from support_action where id = ? and client_id = ?").params(action, client)
                .query(Long.class).single() > 0;
    }

    Optional<LocalDate> evaluationDate(UUID client, UUID evaluation) {
        return jdbc.sql("select planned_on from support_evaluation where id = ? and client_id = ?").params(evaluation, client)
                .query(LocalDate.class).optional();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
