package nl.thuisbasis.trajectory.plan;

import java.time.LocalDate;
import nl.thuisbasis.trajectory.domain.SupportPlanRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;

/** The forms of the support-plan pages, field for field; every consequential field starts empty. */
final class PlanForms {

    private PlanForms() {
    }

    record GoalForm(String onceToken, String goalDomain, String goalDescription, Integer goalTarget) {

        SupportPlanRules.GoalDraft draft() {
            return new SupportPlanRules.GoalDraft(goalDomain, goalDescription, goalTarget);
        }
    }

    record ActionForm(String onceToken, String actionGoal, String actionDescription, String actionOwner, String actionPartner,
            LocalDate actionDue) {

        SupportPlanRules.ActionDraft draft() {
            return new SupportPlanRules.ActionDraft(actionGoal, actionDescription, actionOwner, actionPartner, actionDue);
        }
    }

    record EvaluationForm(String onceToken, LocalDate evaluationOn, Boolean withClient, Boolean withProvider, Boolean withWmo,
            Boolean withCorporation) {

        SupportPlanRules.EvaluationDraft draft() {
            return new SupportPlanRules.EvaluationDraft(evaluationOn, Boolean.TRUE.equals(withClient),
                    Boolean.TRUE.equals(withProvider), Boolean.TRUE.equals(withWmo), Boolean.TRUE.equals(withCorporation));
        }
    }

    record OutcomeForm(LocalDate heldOn, String outcome, Scaling scaling, String scalingReason, Integer version) {

        SupportPlanRules.OutcomeDraft draft() {
            return new SupportPlanRules.OutcomeDraft(heldOn, outcome, scaling, scalingReason);
        }
    }

    /** A new state of a goal or an action, with the version that was read. */
    record StatusForm(String status, Integer version) {
    }

    static GoalForm goal() {
        return new GoalForm(null, null, null, null);
    }

    static ActionForm action() {
        return new ActionForm(null, null, null, null, null, null);
    }

    static EvaluationForm evaluation() {
        return new EvaluationForm(null, null, false, false, false, false);
    }
}
