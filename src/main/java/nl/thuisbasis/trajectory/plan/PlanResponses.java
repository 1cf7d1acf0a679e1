package nl.thuisbasis.trajectory.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanActionResponse;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanEvaluationResponse;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanGoalResponse;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanParticipantResponse;
import nl.thuisbasis.trajectory.plan.PlanRequests.Participant;
import org.springframework.stereotype.Component;

/** Support plans as the API answers them: codes with the names a person reads, in the request's language. */
@Component
class PlanResponses {

    private final Messages messages;
    private final People people;

    PlanResponses(Messages messages, People people) {
        this.messages = messages;
        this.people = people;
    }

    PlanResponse plan(SupportPlans.Plan plan) {
        Names names = new Names(SupportPlans.domainNames(plan, Messages.locale()), new HashMap<>());
        List<PlanGoalResponse> goals = plan.goals().stream().map(g -> goal(plan, g, names)).toList();
        List<PlanEvaluationResponse> evaluations = plan.evaluations().stream().map(e -> evaluation(plan, e, names)).toList();
        LocalDate next = plan.evaluations().stream().filter(e -> e.heldOn() == null).map(SupportPlans.Evaluation::plannedOn)
                .min(Comparator.naturalOrder()).orElse(null);
        return new PlanResponse(plan.client().id(), new PlanResponse.PlanBasisResponse(plan.basis().instrument().code(),
                plan.basis().instrument().version(), plan.basis().assessedOn()), goals, evaluations, plan.overdueActions(), next);
    }

    Optional<PlanGoalResponse> goal(SupportPlans.Plan plan, UUID id) {
        Names names = new Names(SupportPlans.domainNames(plan, Messages.locale()), new HashMap<>());
        return plan.goals().stream().filter(g -> g.id().equals(id)).findFirst().map(g -> goal(plan, g, names));
    }

    Optional<PlanActionResponse> action(SupportPlans.Plan plan, UUID id) {
        Names names = new Names(Map.of(), new HashMap<>());
        return plan.actions().stream().filter(a -> a.id().equals(id)).findFirst().map(a -> action(plan, a, names));
    }

    Optional<PlanEvaluationResponse> evaluation(SupportPlans.Plan plan, UUID id) {
        Names names = new Names(Map.of(), new HashMap<>());
        return plan.evaluations().stream().filter(e -> e.id().equals(id)).findFirst().map(e -> evaluation(plan, e, names));
    }

    private PlanGoalResponse goal(SupportPlans.Plan plan, SupportPlans.Goal g, Names names) {
        DomainScore now = plan.basis().scores().get(g.domain());
        return new PlanGoalResponse(g.id(), g.domain(), names.domains().getOrDefault(g.domain(), g.domain()), g.startLevel(),
                now == null ? null : now.score(), g.targetLevel(), g.description(), g.status(),
                messages.text("traj.plan.goalStatus." + g.status().name()), g.createdBy(), names.person(g.createdBy(), people),
                g.version(), plan.actionsOf(g.id()).stream().map(a -> action(plan, a, names)).toList());
    }

    private PlanActionResponse action(SupportPlans.Plan plan, SupportPlans.Action a, Names names) {
        return new PlanActionResponse(a.id(), a.goalId(), a.description(), a.ownerPerson(), names.person(a.ownerPerson(), people),
                a.ownerPartner(), a.dueOn(), a.status(), messages.text("traj.plan.actionStatus." + a.status().name()), a.doneOn(),
                a.overdueOn(plan.today()), a.version());
    }

    private PlanEvaluationResponse evaluation(SupportPlans.Plan plan, SupportPlans.Evaluation e, Names names) {
        List<PlanParticipantResponse> with = e.participants().stream().map(p -> new PlanParticipantResponse(
                Participant.valueOf(p.toUpperCase(Locale.ROOT)), messages.text("traj.plan.with." + p))).toList();
        return new PlanEvaluationResponse(e.id(), e.plannedOn(), with, e.heldOn(), e.outcome(), e.scaling(),
                e.scaling() == null ? null : messages.text("traj.plan.scaling." + e.scaling().name()), e.scalingReason(),
                e.recordedBy(), names.person(e.recordedBy(), people), e.overdueOn(plan.today()), e.version());
    }

    /** The domains' names of the plan's instrument, and the people's, each looked up once per answer. */
    private record Names(Map<String, String> domains, Map<String, String> persons) {

        String person(String username, People people) {
            return username == null ? null : persons.computeIfAbsent(username, people::nameOf);
        }
    }
}
