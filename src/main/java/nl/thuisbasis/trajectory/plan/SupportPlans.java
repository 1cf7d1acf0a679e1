package nl.thuisbasis.trajectory.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.SupportPlanRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.EvaluationDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.OutcomeDraft;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's support plan: goals per life domain, set from the latest assessment with the level to reach; actions with
 * an owner and a due date; evaluation moments agreed with the client and the partners, and what they decided about the
 * support. Only the provider's staff; every read and write is in the processing log. Changes carry the version that
 * was read: a change made by someone else in between is refused (409), never overwritten.
 */
@Service
public class SupportPlans {

    public static final String REFUSED = "plan-refused";

    private final PlanRepository repository;
    private final Clients clients;
    private final Assessments assessments;
    private final People people;
    private final ProcessingLog log;

    SupportPlans(PlanRepository repository, Clients clients, Assessments assessments, People people, ProcessingLog log) {
        this.repository = repository;
        this.clients = clients;
        this.assessments = assessments;
        this.people = people;
        this.log = log;
    }

    /** A goal, with the level of the domain when it was set (null: not scored) and the level to reach. */
    public record Goal(UUID id, String domain, Integer startLevel, int targetLevel, String description, GoalStatus status,
            String createdBy, int version) {
    }

    /** An action toward a goal: its owner is a member of the staff (user name) or a partner organisation. */
    public record Action(UUID id, UUID goalId, String description, String ownerPerson, String ownerPartner, LocalDate dueOn,
            ActionStatus status, LocalDate doneOn, int version) {

        public boolean overdueOn(LocalDate today) {
            return SupportPlanRules.overdue(status, dueOn, today);
        }
    }

    /** An evaluation moment: who takes part, and once held, its outcome and the scaling of support. */
    public record Evaluation(UUID id, LocalDate plannedOn, boolean withClient, boolean withProvider, boolean withWmo,
            boolean withCorporation, LocalDate heldOn, String outcome, Scaling scaling, String scalingReason,
            String recordedBy, int version) {

        public boolean overdueOn(LocalDate today) {
            return heldOn == null && plannedOn.isBefore(today);
        }

        /** Who take part: client, provider, wmo, corporation (the keys of their names). */
        public List<String> participants() {
            List<String> with = new java.util.ArrayList<>();
            if (withClient) {
                with.add("client");
            }
            if (withProvider) {
                with.add("provider");
            }
            if (withWmo) {
                with.add("wmo");
            }
            if (withCorporation) {
                with.add("corporation");
            }
            return with;
        }
    }

    /** The plan with what it builds on: the latest assessment (or the instrument in use when there is none). */
    public record Plan(ClientView client, Assessments.Basis basis, List<Goal> goals, List<Action> actions,
            List<Evaluation> evaluations, LocalDate today) {

        public List<Action> actionsOf(UUID goal) {
            return actions.stream().filter(a -> a.goalId().equals(goal)).toList();
        }

        public long overdueActions() {
            return actions.stream().filter(a -> a.overdueOn(today)).count();
        }

        public List<Goal> openGoals() {
            return goals.stream().filter(g -> g.status() == GoalStatus.OPEN).toList();
        }
    }

    @Transactional
    public Plan plan(CurrentUser user, UUID clientId) {
        ClientView client = clients.require(user, clientId, "plan.read");
        Plan plan = read(client);
        log.record(processing("trajectory.plan.read", clientId));
        return plan;
    }

    @Transactional
    public UUID addGoal(CurrentUser user, UUID clientId, GoalDraft draft) {
        ClientView client = clients.require(user, clientId, "plan.goal");
        Assessments.Basis basis = assessments.basisFor(client);
        Refused.unless(SupportPlanRules.goalProblems(draft, Set.copyOf(basis.instrument().domainCodes())), REFUSED);
        DomainScore score = basis.scores().get(draft.domain().strip());
        UUID id = UUID.randomUUID();
        repository.insertGoal(id, clientId, basis.instrumentId(), score == null ? null : score.score(), draft, user.getUsername());
        log.record(processing("trajectory.plan.goal", clientId));
        return id;
    }

    @Transactional
    public UUID addAction(CurrentUser user, UUID clientId, ActionDraft draft) {
        clients.require(user, clientId, "plan.action");
        Set<String> goals = new HashSet<>();
        repository.goals(clientId).stream().filter(g -> g.status() == GoalStatus.OPEN).forEach(g -> goals.add(g.id().toString()));
        Set<String> staff = new HashSet<>();
        people.staffOf(user.organisationCode()).forEach(m -> staff.add(m.username()));
        Refused.unless(SupportPlanRules.actionProblems(draft, goals, staff, clients.today()), REFUSED);
        UUID id = UUID.randomUUID();
        repository.insertAction(id, clientId, draft, user.getUsername());
        log.record(processing("trajectory.plan.action", clientId));
        return id;
    }

    @Transactional
    public void goalStatus(CurrentUser user, UUID clientId, UUID goal, int version, GoalStatus status) {
        clients.require(user, clientId, "plan.goal");
        if (status == null) {
            throw Refused.invalid(REFUSED, Problem.at("status", "trajectory.plan.problem.status.required"));
        }
        if (!repository.goalStatus(clientId, goal, version, status)) {
            throw repository.hasGoal(clientId, goal) ? Refused.stale() : Refused.notFound();
        }
        log.record(processing("trajectory.plan.goal", clientId));
    }

    @Transactional
    public void actionStatus(CurrentUser user, UUID clientId, UUID action, int version, ActionStatus status) {
        clients.require(user, clientId, "plan.action");
        if (status == null) {
            throw Refused.invalid(REFUSED, Problem.at("status", "trajectory.plan.problem.status.required"));
        }
        if (!repository.actionStatus(clientId, action, version, status, clients.today())) {
            throw repository.hasAction(clientId, action) ? Refused.stale() : Refused.notFound();
        }
        log.record(processing("trajectory.plan.action", clientId));
    }

    @Transactional
    public UUID planEvaluation(CurrentUser user, UUID clientId, EvaluationDraft draft) {
        clients.require(user, clientId, "plan.evaluation");
        Refused.unless(SupportPlanRules.evaluationProblems(draft, clients.today()), REFUSED);
        UUID id = UUID.randomUUID();
        repository.insertEvaluation(id, clientId, draft, user.getUsername());
        log.record(processing("trajectory.plan.evaluation", clientId));
        return id;
    }

    /** Records what an evaluation decided; once, with the version read (409 when it was recorded or changed since). */
    @Transactional
    public void recordOutcome(CurrentUser user, UUID clientId, UUID evaluation, int version, OutcomeDraft draft) {
        clients.require(user, clientId, "plan.evaluation");
        LocalDate planned = repository.evaluationDate(clientId, evaluation).orElseThrow(Refused::notFound);
        Refused.unless(SupportPlanRules.outcomeProblems(draft, planned, clients.today()), REFUSED);
        if (!repository.outcome(clientId, evaluation, version, draft, user.getUsername())) {
            throw Refused.stale();
        }
        log.record(processing("trajectory.plan.evaluation", clientId).withDetailsKey("trajectory.log.scaling."
                + draft.scaling().name()));
    }

    /** The plan for a partner's read that {@code trajectory.sharing} allowed and logs itself; nothing is checked here. */
    public Plan shared(ClientView client) {
        return read(client);
    }

    private Plan read(ClientView client) {
        return new Plan(client, assessments.basisFor(client), repository.goals(client.id()), repository.actions(client.id()),
                repository.evaluations(client.id()), clients.today());
    }

    /** The domain names of a plan's instrument, by code, for the pages. */
    public static Map<String, String> domainNames(Plan plan, java.util.Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        plan.basis().instrument().domains().forEach(d -> names.put(d.code(), d.name(locale)));
        return names;
    }

    private static Processing processing(String action, UUID client) {
        return Processing.of(action, "client", client.toString(), Clients.PURPOSE, LegalBasis.CARE);
    }
}
