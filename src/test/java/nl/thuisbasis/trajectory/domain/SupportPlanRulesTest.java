package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.EvaluationDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.OutcomeDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;
import org.junit.jupiter.api.Test;

class SupportPlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void a_goal_needs_a_domain_of_the_instrument_a_description_and_a_level_from_1_to_5() {
        Set<String> domains = Set.of("HOUSING", "FINANCES");
        assertThat(SupportPlanRules.goalProblems(new GoalDraft("HOUSING", "Eigen woning", 4), domains)).isEmpty();
        assertThat(fields(SupportPlanRules.goalProblems(new GoalDraft(null, " ", null), domains)))
                .containsExactly("goalDomain", "goalDescription", "goalTarget");
        assertThat(SupportPlanRules.goalProblems(new GoalDraft("PETS", "x", 6), domains)).extracting(Problem::key)
                .containsExactly("trajectory.plan.problem.domain.unknown", "trajectory.plan.problem.target.range");
        assertThat(fields(SupportPlanRules.goalProblems(new GoalDraft("HOUSING", "a\u0000b", 3), domains)))
                .containsExactly("goalDescription");
    }

    @Test
    void an_action_has_one_owner_of_the_staff_or_a_partner_and_a_due_date_in_reach() {
        Set<String> goals = Set.of("g1");
        Set<String> staff = Set.of("begeleider");
        assertThat(SupportPlanRules.actionProblems(new ActionDraft("g1", "Bel de woonconsulent", "begeleider", null,
                TODAY.plusDays(7)), goals, staff, TODAY)).isEmpty();
        assertThat(SupportPlanRules.actionProblems(new ActionDraft("g1", "Budgetcursus", null, "Stichting Schuldhulp",
                TODAY.plusDays(7)), goals, staff, TODAY)).isEmpty();
        assertThat(SupportPlanRules.actionProblems(new ActionDraft("g1", "x", "begeleider", "Partner", TODAY), goals, staff,
                TODAY)).extracting(Problem::key).containsExactly("trajectory.plan.problem.owner.both");
        assertThat(SupportPlanRules.actionProblems(new ActionDraft("g1", "x", "iemand", null, TODAY), goals, staff, TODAY))
                .extracting(Problem::key).containsExactly("trajectory.plan.problem.owner.unknown");
        assertThat(fields(SupportPlanRules.actionProblems(new ActionDraft("g9", null, null, null, TODAY.plusYears(4)), goals,
                staff, TODAY))).containsExactly("actionGoal", "actionDescription", "actionOwner", "actionDue");
    }

    @Test
    void an_evaluation_needs_a_date_and_someone_taking_part() {
        assertThat(SupportPlanRules.evaluationProblems(new EvaluationDraft(TODAY.plusMonths(3), true, true, true, false), TODAY))
                .isEmpty();
        assertThat(fields(SupportPlanRules.evaluationProblems(new EvaluationDraft(null, false, false, false, false), TODAY)))
                .containsExactly("evaluationOn", "evaluationWith");
        assertThat(fields(SupportPlanRules.evaluationProblems(new EvaluationDraft(TODAY.plusYears(3), true, false, false, false),
                TODAY))).containsExactly("evaluationOn");
    }

    @Test
    void scaling_support_up_or_down_needs_a_reason() {
        LocalDate planned = TODAY.minusDays(2);
        assertThat(SupportPlanRules.outcomeProblems(new OutcomeDraft(TODAY, "Gaat goed", Scaling.SAME, null), planned, TODAY))
                .isEmpty();
        assertThat(SupportPlanRules.outcomeProblems(new OutcomeDraft(TODAY, "Gaat goed", Scaling.DOWN, " "), planned, TODAY))
                .extracting(Problem::key).containsExactly("trajectory.plan.problem.scaling.reason");
        assertThat(fields(SupportPlanRules.outcomeProblems(new OutcomeDraft(TODAY.plusDays(1), null, null, null), planned, TODAY)))
                .containsExactly("heldOn", "outcome", "scaling");
    }

    @Test
    void an_open_action_is_overdue_the_day_after_its_date() {
        assertThat(SupportPlanRules.overdue(ActionStatus.PLANNED, TODAY, TODAY)).isFalse();
        assertThat(SupportPlanRules.overdue(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(SupportPlanRules.overdue(ActionStatus.DONE, TODAY.minusDays(1), TODAY)).isFalse();
    }
}
