package nl.thuisbasis.trajectory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;

/**
 * What a support plan needs. A goal belongs to a life domain of the instrument the client was last assessed with and
 * aims at a level (1-5); an action serves one goal, has one owner (a member of the provider's staff or a partner
 * organisation) and a due date; an evaluation is a date agreed with the people who take part (the client, the provider,
 * the municipality's Wmo officer, the corporation), and once held it records what came out of it and whether support
 * goes up, stays or goes down, with the reason when it changes.
 */
public final class SupportPlanRules {

    public static final int TEXT_LENGTH = 500;
    public static final int OUTCOME_LENGTH = 1000;
    public static final int PARTNER_LENGTH = 200;
    static final String PREFIX = "trajectory.plan.problem.";

    /** The state of a goal. */
    public enum GoalStatus { OPEN, ACHIEVED, DROPPED }

    /** The state of an action; planned and in progress are open, and overdue once their date has passed. */
    public enum ActionStatus {
        PLANNED, IN_PROGRESS, DONE, CANCELLED;

        public boolean open() {
            return this == PLANNED || this == IN_PROGRESS;
        }
    }

    /** What an evaluation decides about the support. */
    public enum Scaling { UP, SAME, DOWN }

    private SupportPlanRules() {
    }

    /** A goal as entered. */
    public record GoalDraft(String domain, String description, Integer targetLevel) {
    }

    /** An action as entered: exactly one of the owners. */
    public record ActionDraft(String goalId, String description, String ownerPerson, String ownerPartner, LocalDate dueOn) {
    }

    /** An evaluation moment as agreed. */
    public record EvaluationDraft(LocalDate plannedOn, boolean withClient, boolean withProvider, boolean withWmo,
            boolean withCorporation) {
    }

    /** What came out of an evaluation. */
    public record OutcomeDraft(LocalDate heldOn, String outcome, Scaling scaling, String scalingReason) {
    }

    /** {@code domains}: the codes of the instrument's domains. */
    public static List<Problem> goalProblems(GoalDraft d, Set<String> domains) {
        List<Problem> problems = new ArrayList<>();
        if (Inputs.blank(d.domain()) == null) {
            problems.add(Problem.at("goalDomain", PREFIX + "domain.required"));
        } else if (!domains.contains(d.domain().strip())) {
            problems.add(Problem.at("goalDomain", PREFIX + "domain.unknown"));
        }
        Inputs.required(problems, "goalDescription", d.description(), TEXT_LENGTH, PREFIX + "description.required");
        if (d.targetLevel() == null) {
            problems.add(Problem.at("goalTarget", PREFIX + "target.required"));
        } else if (d.targetLevel() < 1 || d.targetLevel() > 5) {
            problems.add(Problem.at("goalTarget", PREFIX + "target.range"));
        }
        return problems;
    }

    /** {@code goals}: the ids of the client's open goals; {@code staff}: the user names of the provider's staff. */
    public static List<Problem> actionProblems(ActionDraft d, Set<String> goals, Set<String> staff, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (Inputs.blank(d.goalId()) == null) {
            problems.add(Problem.at("actionGoal", PREFIX + "goal.required"));
        } else if (!goals.contains(d.goalId().strip())) {
            problems.add(Problem.at("actionGoal", PREFIX + "goal.unknown"));
        }
        Inputs.required(problems, "actionDescription", d.description(), TEXT_LENGTH, PREFIX + "description.required");
        String person = Inputs.blank(d.ownerPerson());
        String partner = Inputs.blank(d.ownerPartner());
        if (person == null && partner == null) {
            problems.add(Problem.at("actionOwner", PREFIX + "owner.required"));
        } else if (person != null && partner != null) {
            problems.add(Problem.at("actionOwner", PREFIX + "owner.both"));
        } else if (person != null && !staff.contains(person)) {
            problems.add(Problem.at("actionOwner", PREFIX + "owner.unknown"));
        } else {
            Inputs.text(problems, "actionPartner", d.ownerPartner(), PARTNER_LENGTH);
        }
        if (d.dueOn() == null) {
            problems.add(Problem.at("actionDue", PREFIX + "due.required"));
        } else if (d.dueOn().isBefore(today.minusYears(1)) || d.dueOn().isAfter(today.plusYears(3))) {
            problems.add(Problem.at("actionDue", PREFIX + "due.range"));
        }
        return problems;
    }

    public static List<Problem> evaluationProblems(EvaluationDraft d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.plannedOn() == null) {
            problems.add(Problem.at("evaluationOn", PREFIX + "evaluation.required"));
        } else if (d.plannedOn().isBefore(today.minusMonths(3)) || d.plannedOn().isAfter(today.plusYears(2))) {
            problems.add(Problem.at("evaluationOn", PREFIX + "evaluation.range"));
        }
        if (!d.withClient() && !d.withProvider() && !d.withWmo() && !d.withCorporation()) {
            problems.add(Problem.at("evaluationWith", PREFIX + "evaluation.with"));
        }
        return problems;
    }

    /** {@code plannedOn}: the agreed date of the evaluation. */
    public static List<Problem> outcomeProblems(OutcomeDraft d, LocalDate plannedOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.heldOn() == null) {
            problems.add(Problem.at("heldOn", PREFIX + "held.required"));
        } else if (d.heldOn().isAfter(today)) {
            problems.add(Problem.at("heldOn", PREFIX + "held.future"));
        } else if (d.heldOn().isBefore(plannedOn.minusMonths(3))) {
            problems.add(Problem.at("heldOn", PREFIX + "held.early"));
        }
        Inputs.required(problems, "outcome", d.outcome(), OUTCOME_LENGTH, PREFIX + "outcome.required");
        if (d.scaling() == null) {
            problems.add(Problem.at("scaling", PREFIX + "scaling.required"));
        } else if (d.scaling() != Scaling.SAME) {
            Inputs.required(problems, "scalingReason", d.scalingReason(), TEXT_LENGTH, PREFIX + "scaling.reason");
        } else {
            Inputs.text(problems, "scalingReason", d.scalingReason(), TEXT_LENGTH);
        }
        return problems;
    }

    /** Whether an open action is overdue on {@code today}. */
    public static boolean overdue(ActionStatus status, LocalDate dueOn, LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }
}
