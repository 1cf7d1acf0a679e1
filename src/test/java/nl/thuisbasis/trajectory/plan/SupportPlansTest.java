package nl.thuisbasis.trajectory.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.EvaluationDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.OutcomeDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A support plan from an assessment: goals, actions with owners, evaluations; overdue work on the caseload. */
@SpringBootTest
class SupportPlansTest {

    @Autowired
    SupportPlans plans;

    @Autowired
    Clients clients;

    @Autowired
    Assessments assessments;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    UUID client(String name) {
        return clients.register(user("begeleider"), new ClientRules.Draft(name, LocalDate.of(1990, 3, 3),
                "P-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.TENANCY_WITH_CARE, "GM0505", null, null, null,
                "begeleider", null));
    }

    long logged(UUID client, String action) {
        return jdbc.sql("select count(*) from processing_log where action = ? and subject_ref = ?")
                .params(action, processingLog.pseudonym("client", client.toString()))
                .query(Long.class).single();
    }

    @Test
    void a_goal_from_the_assessment_with_actions_and_an_evaluation_that_scales_support_down() {
        CurrentUser worker = user("begeleider");
        UUID client = client("Noor Testpersoon");
        LocalDate today = clients.today();
        Map<String, DomainScore> scores = new LinkedHashMap<>();
        scores.put("FINANCES", new DomainScore(2, 4, null));
        assessments.record(worker, client, new Assessments.Draft(today, null, scores));

        UUID goal = plans.addGoal(worker, client, new GoalDraft("FINANCES", "Zelf de huur betalen", 4));
        plans.addAction(worker, client, new ActionDraft(goal.toString(), "Aanmelden bij budgetbeheer", null,
                "Stichting Schuldhulp Drechtsteden", today.plusDays(14)));
        UUID late = plans.addAction(worker, client, new ActionDraft(goal.toString(), "Uitkering aanvragen", "begeleider", null,
                today.minusDays(3)));
        UUID evaluation = plans.planEvaluation(worker, client, new EvaluationDraft(today.minusDays(1), true, true, true, false));

        SupportPlans.Plan plan = plans.plan(worker, client);
        assertThat(plan.goals()).singleElement().satisfies(g -> {
            assertThat(g.startLevel()).isEqualTo(2);
            assertThat(g.targetLevel()).isEqualTo(4);
        });
        assertThat(plan.actionsOf(goal)).hasSize(2);
        assertThat(plan.overdueActions()).isEqualTo(1);
        assertThat(plan.evaluations()).singleElement().satisfies(e -> assertThat(e.participants())
                .containsExactly("client", "provider", "wmo"));

        Clients.Caseload caseload = clients.caseload(worker, new Clients.CaseloadQuery("begeleider", null, true,
                Clients.CaseloadOrder.OVERDUE), PageQuery.of(1, null, 500, 500));
        assertThat(caseload.entries()).filteredOn(e -> e.client().id().equals(client)).singleElement().satisfies(e -> {
            assertThat(e.overdueActions()).isEqualTo(1);
            assertThat(e.nextEvaluation()).isEqualTo(today.minusDays(1));
            assertThat(e.evaluationOverdue(today)).isTrue();
        });

        // the action is done: no longer overdue; a second change with the old version is refused, not overwritten
        int version = plan.actions().stream().filter(a -> a.id().equals(late)).findFirst().orElseThrow().version();
        plans.actionStatus(worker, client, late, version, ActionStatus.DONE);
        assertThatThrownBy(() -> plans.actionStatus(worker, client, late, version, ActionStatus.CANCELLED))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
        assertThat(plans.plan(worker, client).overdueActions()).isZero();

        // scaling down needs a reason; with it, the evaluation is held and no longer next
        assertThatThrownBy(() -> plans.recordOutcome(worker, client, evaluation, 0, new OutcomeDraft(today, "Gaat goed",
                Scaling.DOWN, null))).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems())
                        .extracting(p -> p.field()).containsExactly("scalingReason"));
        plans.recordOutcome(worker, client, evaluation, 0, new OutcomeDraft(today, "Gaat goed", Scaling.DOWN,
                "Woont zelfstandig, minder uren nodig"));
        assertThat(plans.plan(worker, client).evaluations().getFirst().scaling()).isEqualTo(Scaling.DOWN);
        assertThatThrownBy(() -> plans.recordOutcome(worker, client, evaluation, 1, new OutcomeDraft(today, "Nogmaals",
                Scaling.SAME, null))).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));

        assertThat(logged(client, "trajectory.plan.goal")).isEqualTo(1);
        assertThat(logged(client, "trajectory.plan.action")).isEqualTo(3);
        assertThat(logged(client, "trajectory.plan.evaluation")).isEqualTo(2);
        assertThat(logged(client, "trajectory.plan.read")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void bad_input_stores_nothing_and_other_roles_are_refused_and_logged() {
        CurrentUser worker = user("begeleider");
        UUID client = client("Sem Testpersoon");
        assertThatThrownBy(() -> plans.addGoal(worker, client, new GoalDraft("NOT_A_DOMAIN", "x", 9)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems()).hasSize(2));
        assertThatThrownBy(() -> plans.addAction(worker, client, new ActionDraft(UUID.randomUUID().toString(), "x", "begeleider",
                null, clients.today()))).isInstanceOf(Refused.class);
        assertThat(jdbc.sql("select count(*) from support_goal where client_id = ?").param(client).query(Long.class).single()).isZero();
        for (String other : new String[] {"gemeente", "corporatie", "regio", "beheerder"}) {
            long refused = jdbc.sql("select count(*) from processing_log where subject_ref = ? and outcome = 'FAILURE'")
                    .param(processingLog.pseudonym("client", client.toString())).query(Long.class).single();
            assertThatThrownBy(() -> plans.plan(user(other), client)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
            assertThat(jdbc.sql("select count(*) from processing_log where subject_ref = ? and outcome = 'FAILURE'")
                    .param(processingLog.pseudonym("client", client.toString())).query(Long.class).single()).isEqualTo(refused + 1);
        }
    }
}
